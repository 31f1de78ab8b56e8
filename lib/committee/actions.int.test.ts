// The committee's actions as a browser calls them: roles (MANAGER and AUDITOR read only), messages next to
// fields, and the call's public page revalidated in both languages on a decision and on publishing results.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { actAs } from "@/lib/testing/action-harness";
import { createApplicationFixture } from "@/lib/funding/test-fixtures";
import { addAgendaItemsAction, createSessionAction, decideAgendaItemAction, markSessionHeldAction, publishCallResultsAction } from "./actions";
import { setUpCommittee, type CommitteeSetup } from "./test-setup";

vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next-intl/server", async () => {
  const { keyTranslator } = await import("@/lib/testing/action-harness");
  return { getTranslations: async () => keyTranslator(), getLocale: async () => "fr" };
});
vi.mock("@/lib/i18n/navigation", () => ({
  redirect: vi.fn(() => {
    throw new Error("NEXT_REDIRECT");
  }),
}));

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
};
const sessionForm = {
  heldOnDate: "10/07/2026", heldOnTime: "10:00", placeAr: "مقر العمالة", placeFr: "Siège", chairAr: "العامل", chairFr: "Gouverneur",
  membersPresent: "Ahmed — DAS\n\nSalma — ODCO\n",
};

let s: CommitteeSetup;
const role = async (r: "MANAGER" | "AUDITOR") =>
  (await getDb().user.create({ data: { email: `${r.toLowerCase()}@committee-actions.test`, name: r, role: r, prefectureId: s.prefectureId, passwordHash: "x" } })).id;

beforeAll(async () => {
  s = await setUpCommittee();
});

describe("committee actions", () => {
  it("create a session (Morocco time), decide, hold and publish, revalidating the call's page in both languages", async () => {
    await actAs(s.staff.id);
    await expect(createSessionAction(initialFormState, form(sessionForm))).rejects.toThrow("NEXT_REDIRECT");
    const session = await getDb().committeeSession.findFirstOrThrow({ orderBy: { id: "desc" } });
    // 10:00 in Casablanca in July (UTC+1) is 09:00 UTC; blank member lines are dropped.
    expect(session).toMatchObject({ heldOn: new Date("2026-07-10T09:00:00Z"), membersPresent: "Ahmed — DAS\nSalma — ODCO", status: "PLANNED" });
    const application = await createApplicationFixture(s.call, { status: "ELIGIBLE" });
    expect((await addAgendaItemsAction(session.id, initialFormState, form({ "applicationIds.0": String(application.id) }))).status).toBe("success");
    const item = await getDb().committeeAgendaItem.findFirstOrThrow({ where: { sessionId: session.id } });

    const refused: FormState = await decideAgendaItemAction(session.id, item.id, initialFormState, form({ decision: "APPROVED", approvedAmount: "240000,01" }));
    expect(refused).toMatchObject({ status: "error", fieldErrors: { approvedAmount: "committee.amountAboveRequested" }, values: { approvedAmount: "240000,01" } });
    expect((await decideAgendaItemAction(session.id, item.id, initialFormState, form({ decision: "REJECTED" }))).fieldErrors).toEqual({ reason: "committee.reasonRequired" });

    vi.mocked(revalidatePath).mockClear();
    expect((await decideAgendaItemAction(session.id, item.id, initialFormState, form({ decision: "APPROVED", approvedAmount: "240.000,00" }))).status).toBe("success");
    const paths = vi.mocked(revalidatePath).mock.calls.map(([path]) => path);
    expect(paths).toEqual(expect.arrayContaining(["/ar/calls/committee-call", "/fr/calls/committee-call", `/fr/admin/committee/${session.id}`]));

    expect((await markSessionHeldAction(session.id, initialFormState, form({ version: String(session.version) }))).status).toBe("success");
    // Other applications of the call are still waiting (none here): results may go public.
    vi.mocked(revalidatePath).mockClear();
    expect((await publishCallResultsAction(session.id, initialFormState, form({ callId: String(s.call.id) }))).status).toBe("success");
    expect(vi.mocked(revalidatePath).mock.calls.map(([path]) => path)).toEqual(expect.arrayContaining(["/ar/calls/committee-call", "/fr/calls/committee-call"]));
  });

  it("refuse read-only roles and other prefectures, writing nothing", async () => {
    const session = await getDb().committeeSession.findFirstOrThrow({ orderBy: { id: "desc" } });
    const application = await createApplicationFixture(s.call, { status: "ELIGIBLE" });
    const audits = await getDb().auditEntry.count();
    for (const id of [await role("MANAGER"), await role("AUDITOR")]) {
      await actAs(id);
      expect((await createSessionAction(initialFormState, form(sessionForm))).formError).toBe("forbidden");
      expect((await addAgendaItemsAction(session.id, initialFormState, form({ "applicationIds.0": String(application.id) }))).formError).toBe("forbidden");
    }
    await actAs(s.elsewhere.staff.id);
    expect((await addAgendaItemsAction(session.id, initialFormState, form({ "applicationIds.0": String(application.id) }))).formError).toBe("notFound");
    expect(await getDb().auditEntry.count()).toBe(audits);
  });
});
