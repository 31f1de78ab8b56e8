// Screening as the panel calls it: FormData in, FormState out, rows and the audit trail checked after.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { initialFormState } from "@/lib/actions/form-state";
import { actAs } from "@/lib/testing/action-harness";
import { parseEligibilityResults } from "@/lib/screening/rules";
import { screenApplicationAction } from "./actions";
import { applicationSearchText } from "./stored-application";
import { getApplicationDetail, listApplications } from "./queries";
import { createApplicationFixture, formData, screeningForm, setUpScreening, type ScreeningSetUp } from "./test-setup";

vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next-intl/server", async () => {
  const { keyTranslator } = await import("@/lib/testing/action-harness");
  return { getTranslations: async () => keyTranslator(), getLocale: async () => "fr" };
});

let s: ScreeningSetUp;
beforeAll(async () => {
  s = await setUpScreening();
});

const screen = (id: number, values: Record<string, string>) => screenApplicationAction(id, initialFormState, formData(screeningForm(s.call, values)));
const application = (id: number) => getDb().application.findUniqueOrThrow({ where: { id }, include: { documentChecks: { orderBy: { requiredDocumentId: "asc" } } } });
const trail = (id: number) => getDb().auditEntry.findMany({ where: { entityType: "Application", entityId: String(id) }, orderBy: { id: "asc" } });

const params = (q: string, filters: Record<string, string> = {}) => ({ q, page: 1, sort: "submittedAt" as const, dir: "desc" as const, filters });

describe("screening an application", () => {
  it("marks a complete application that meets its axis rules eligible, with the checklist, the rules and the trail", async () => {
    const { id, receiptCode } = await createApplicationFixture(s.call);
    await actAs(s.users.STAFF.id);
    const state = await screen(id, { decision: "ELIGIBLE", "checks.1.note": "signée" });
    expect(state.status).toBe("success");
    const a = await application(id);
    expect(a).toMatchObject({ status: "ELIGIBLE", screeningReason: null, screenedById: s.users.STAFF.id, version: 2 });
    expect(a.screenedAt).toBeInstanceOf(Date);
    expect(a.documentChecks.map((c) => [c.isValid, c.note])).toEqual([[true, null], [true, "signée"]]);
    const rules = parseEligibilityResults(a.eligibilityResults);
    expect(rules.map((r) => [r.code, r.passed])).toEqual([
      ["womenOrYouthShare", true], ["indhShareCeiling", true], ["indhAmountCeiling", true], ["requiredDocument", true], ["requiredDocument", true],
    ]);
    // The list is searched by receipt code through the search text the screening filled.
    expect(a.searchText).toContain(receiptCode.toLowerCase());
    const [entry] = await trail(id);
    expect(entry).toMatchObject({ action: "UPDATE", userId: s.users.STAFF.id, prefectureId: s.prefectureId });
    expect(JSON.parse(entry!.after!)).toMatchObject({ status: "ELIGIBLE", documentChecks: expect.stringContaining("✓ (signée)") });
    expect(JSON.parse(entry!.before!)).toMatchObject({ status: "RECEIVED" });
  });

  it("refuses an ineligible decision without a reason next to the field, keeps what was typed and writes nothing", async () => {
    const { id } = await createApplicationFixture(s.call);
    await actAs(s.users.STAFF.id);
    const entries = await getDb().auditEntry.count();
    const state = await screen(id, { decision: "INELIGIBLE", reason: "  ", "checks.0.note": "illisible" });
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({ reason: "screening.reasonRequired" });
    expect(state.values["checks.0.note"]).toBe("illisible");
    expect(await application(id)).toMatchObject({ status: "RECEIVED", version: 1, documentChecks: [] });
    expect(await getDb().auditEntry.count()).toBe(entries);

    const ok = await screen(id, { decision: "INELIGIBLE", reason: "Dossier hors délai", "checks.0.valid": "" });
    expect(ok.status).toBe("success");
    expect(await application(id)).toMatchObject({ status: "INELIGIBLE", screeningReason: "Dossier hors délai" });
  });

  it("asks for a reason when the decision contradicts a failed rule or an invalid document", async () => {
    const { id } = await createApplicationFixture(s.call);
    // 7 of 10 INDH: above the axis's 60 % ceiling.
    await getDb().application.update({ where: { id }, data: { requestedIndhCentimes: 28_000_000n, beneficiaryContributionCentimes: 12_000_000n } });
    await actAs(s.users.STAFF.id);
    const refused = await screen(id, { decision: "ELIGIBLE" });
    expect(refused.fieldErrors).toEqual({ reason: "screening.reasonContradicts" });
    expect((await application(id)).status).toBe("RECEIVED");

    const { id: invalidDocument } = await createApplicationFixture(s.call);
    const unticked = screeningForm(s.call, { decision: "ELIGIBLE" });
    delete unticked["checks.1.valid"];
    const refusedToo = await screenApplicationAction(invalidDocument, initialFormState, formData(unticked));
    expect(refusedToo.fieldErrors).toEqual({ reason: "screening.reasonContradicts" });

    const accepted = await screen(id, { decision: "ELIGIBLE", reason: "Dérogation accordée par le comité" });
    expect(accepted.status).toBe("success");
    const rules = parseEligibilityResults((await application(id)).eligibilityResults);
    expect(rules.find((r) => r.code === "indhShareCeiling")).toMatchObject({ passed: false, detail: { shareTenths: 700, max: 60 } });
  });

  it("fails the completeness rule of a missing document", async () => {
    const { id } = await createApplicationFixture(s.call);
    await getDb().applicationDocument.deleteMany({ where: { applicationId: id, requiredDocumentId: s.call.documentIds[1] } });
    await actAs(s.users.STAFF.id);
    expect((await screen(id, { decision: "INELIGIBLE", reason: "Fiche technique manquante" })).status).toBe("success");
    const rules = parseEligibilityResults((await application(id)).eligibilityResults);
    expect(rules.filter((r) => r.code === "requiredDocument").map((r) => r.passed)).toEqual([true, false]);
  });

  it("re-screens with the stored version, reports a stale one, and stops once the application is on an agenda", async () => {
    const { id } = await createApplicationFixture(s.call);
    await actAs(s.users.STAFF.id);
    await screen(id, { decision: "ELIGIBLE" });
    const stale = await screen(id, { decision: "INELIGIBLE", reason: "x" });
    expect(stale.status).toBe("conflict");
    expect(stale.conflict?.currentVersion).toBe(2);
    expect((await screen(id, { version: "2", decision: "INELIGIBLE", reason: "Pièce falsifiée" })).status).toBe("success");
    expect((await application(id)).status).toBe("INELIGIBLE");

    const session = await getDb().committeeSession.create({ data: { prefectureId: s.prefectureId, heldOn: new Date(), placeAr: "ع", placeFr: "P", chairAr: "ع", chairFr: "C", membersPresent: "" } });
    await getDb().committeeAgendaItem.create({ data: { sessionId: session.id, applicationId: id, rank: 1 } });
    const closed = await screen(id, { version: "3", decision: "ELIGIBLE" });
    expect(closed.formError).toBe("screening.onAgenda");
    expect((await application(id)).version).toBe(3);
  });

  it("refuses a checklist that is not the call's, MANAGER and AUDITOR, and another prefecture (not found)", async () => {
    const { id } = await createApplicationFixture(s.call);
    await actAs(s.users.STAFF.id);
    const foreign = await screenApplicationAction(id, initialFormState, formData({ version: "1", decision: "ELIGIBLE", "checks.0.documentId": String(s.call.documentIds[0]), "checks.0.valid": "on" }));
    expect(foreign.formError).toBe("screening.checklistChanged");
    for (const role of ["MANAGER", "AUDITOR"] as const) {
      await actAs(s.users[role].id);
      expect((await screen(id, { decision: "ELIGIBLE" })).formError).toBe("forbidden");
    }
    await actAs(s.otherStaff.id);
    expect((await screen(id, { decision: "ELIGIBLE" })).formError).toBe("notFound");
    expect(await application(id)).toMatchObject({ status: "RECEIVED", version: 1 });
    // A national user screens any prefecture's application.
    await actAs(s.national.id);
    expect((await screen(id, { decision: "ELIGIBLE" })).status).toBe("success");
  });

  it("lists and shows an application only inside its prefecture, found by receipt code, register number and name", async () => {
    const { id, receiptCode } = await createApplicationFixture(s.call, { registerNumber: "RC-LIST-1" });
    // Codes are found as typed even before anything filled the search text; names through it (the
    // application's creation fills it, as the screening does).
    for (const q of [receiptCode, receiptCode.toLowerCase(), "RC-LIST-1"]) {
      expect((await listApplications(s.users.AUDITOR, params(q), "fr")).rows.map((r) => r.id), q).toEqual([id]);
    }
    const stored = await getDb().application.findUniqueOrThrow({ where: { id } });
    await getDb().application.update({ where: { id }, data: { searchText: applicationSearchText(stored) } });
    for (const q of ["Coopérative RC-LIST", "cooperative rc-list", "تعاونية RC-LIST"]) {
      expect((await listApplications(s.users.AUDITOR, params(q), "fr")).rows.map((r) => r.id), q).toEqual([id]);
    }
    expect((await listApplications(s.users.MANAGER, params("", { status: "RECEIVED", call: String(s.call.id) }), "fr")).rows.map((r) => r.id)).toContain(id);
    expect((await listApplications(s.users.STAFF, params("", { status: "APPROVED" }), "fr")).total).toBe(0);
    expect((await listApplications(s.otherStaff, params(""), "fr")).anyInScope).toBe(false);
    expect(await getApplicationDetail(s.otherStaff, id, "fr")).toBeNull();
    const detail = await getApplicationDetail(s.users.AUDITOR, id, "fr");
    expect(detail?.screening).toMatchObject({ rulesAreStored: false, open: true });
    expect(detail?.documents).toHaveLength(2);
  });
});
