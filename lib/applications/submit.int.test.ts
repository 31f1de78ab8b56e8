// The public form and the paper form end to end through their server actions, on a real database: what a
// good submission writes, and that every refusal writes nothing at all (no application, file, link or audit).
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { redirect } from "@/lib/i18n/navigation";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { actAs } from "@/lib/testing/action-harness";
import { createTestUser } from "@/lib/testing/test-user";
import { seedReference } from "@/prisma/seed/reference";
import { createApplicationFixture, createCallFixture, TINY_PDF, type CallFixture } from "@/lib/funding/test-fixtures";
import { issueTicket } from "@/lib/applications/ticket";
import { getFormTicketKey } from "@/lib/applications/ticket-key";
import { getApplicationByToken } from "@/lib/applications/queries";
import { hashAccessToken } from "@/lib/applications/receipt";
import { recordPaperApplicationAction, submitApplicationAction } from "@/lib/applications/actions";
import { MAX_FILE_BYTES } from "@/lib/files/limits";

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

const db = getDb();
let prefectureId: number;
let otherPrefectureId: number;
let call: CallFixture;
let communeId: number;
let foreignCommuneId: number;
let sectorId: number;
let registerSeq = 0;

beforeAll(async () => {
  process.env.APPLY_MIN_FILL_SECONDS = "0";
  process.env.APPLY_RATE_LIMIT = "100000";
  ({ prefectureId } = await seedReference(db));
  otherPrefectureId = (await db.prefecture.findFirstOrThrow({ where: { id: { not: prefectureId } } })).id;
  call = await createCallFixture(prefectureId);
  communeId = (await db.commune.findFirstOrThrow({ where: { prefectureId } })).id;
  foreignCommuneId = (await db.commune.create({ data: { prefectureId: otherPrefectureId, code: "X", nameAr: "س", nameFr: "X", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } })).id;
  sectorId = (await db.sector.findFirstOrThrow()).id;
});

beforeEach(() => {
  vi.mocked(redirect).mockClear();
});

const pdf = (name = "lettre.pdf") => new File([new Uint8Array(TINY_PDF)], name, { type: "application/pdf" });

function textValues(overrides: Record<string, string> = {}): Record<string, string> {
  registerSeq += 1;
  return {
    registerNumber: `RC-TEST-${registerSeq}`, nameAr: "تعاونية الأمل", nameFr: "Coopérative Al Amal", communeId: String(communeId),
    sectorId: String(sectorId), members: "12", womenMembers: "7", youngMembers: "3", contactName: "Fatima Zahra",
    contactPhone: "06 12 34 56 78", contactEmail: "", projectTitle: "Unité de valorisation", projectDescription: "Équiper une unité.",
    axisId: String(call.axisId), totalCost: "400.000,00", requestedIndh: "240000", beneficiaryContribution: "160 000",
    partnersContribution: "", partnersDescription: "", consent: "on", website: "", ...overrides,
  };
}

async function form(options: { values?: Record<string, string>; files?: [string, File][]; ticket?: string | null; target?: CallFixture } = {}): Promise<FormData> {
  const target = options.target ?? call;
  const data = new FormData();
  for (const [k, v] of Object.entries(options.values ?? textValues())) data.append(k, v);
  const ticket = options.ticket === undefined ? issueTicket(await getFormTicketKey(), target.id) : options.ticket;
  if (ticket !== null) data.append("ticket", ticket);
  for (const [field, file] of options.files ?? target.documentIds.map((id): [string, File] => [`documents.${id}`, pdf()])) data.append(field, file);
  return data;
}

const COUNTED = ["application", "storedFile", "applicationDocument", "auditEntry", "cooperative"] as const;
async function counts(): Promise<Record<(typeof COUNTED)[number], number>> {
  const models = db as unknown as Record<string, { count: () => Promise<number> }>;
  return Object.fromEntries(await Promise.all(COUNTED.map(async (m) => [m, await models[m]!.count()] as const))) as Record<(typeof COUNTED)[number], number>;
}

/** Runs a submission that must be refused, and checks nothing was written. */
async function refused(run: () => Promise<FormState>): Promise<FormState> {
  const before = await counts();
  const state = await run();
  expect(state.status).toBe("error");
  expect(await counts()).toEqual(before);
  return state;
}

const submit = async (data: FormData, target = call) => submitApplicationAction(target.id, initialFormState, data);

/** Runs a submission that must succeed; returns the token from the receipt page it redirects to. */
async function accepted(run: () => Promise<FormState>): Promise<string> {
  await expect(run()).rejects.toThrow("NEXT_REDIRECT");
  const href = (vi.mocked(redirect).mock.calls.at(-1)![0] as { href: string }).href;
  const match = /^\/application\/([A-Za-z0-9_-]{32})\/receipt$/.exec(href);
  expect(match).not.toBeNull();
  return match![1]!;
}

describe("the public form", () => {
  it("records the application, its files and their links and the audit entry in one go", async () => {
    const values = textValues({ partnersContribution: "50000", beneficiaryContribution: "110000", partnersDescription: "Commune : local", contactEmail: "coop@example.ma" });
    const before = await counts();
    const token = await accepted(async () => submit(await form({ values })));
    const after = await counts();
    expect(after.application - before.application).toBe(1);
    expect(after.storedFile - before.storedFile).toBe(2);
    expect(after.applicationDocument - before.applicationDocument).toBe(2);
    expect(after.auditEntry - before.auditEntry).toBe(1);
    const row = await db.application.findUniqueOrThrow({ where: { accessTokenHash: hashAccessToken(token) }, include: { documents: { include: { file: true } } } });
    expect(row).toMatchObject({
      channel: "ONLINE", language: "fr", status: "RECEIVED", recordedById: null, applicantRegisterNumber: values.registerNumber,
      contactPhone: "0612345678", totalCostCentimes: 40_000_000n, requestedIndhCentimes: 24_000_000n,
      beneficiaryContributionCentimes: 11_000_000n, partnersContributionCentimes: 5_000_000n, prefectureId,
    });
    expect(row.receiptCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(row.accessTokenHash).not.toContain(token);
    expect(row.documents.map((d) => [d.requiredDocumentId, d.file.mediaType, d.file.fileName, d.file.prefectureId]).sort()).toEqual(
      call.documentIds.map((id) => [id, "application/pdf", "lettre.pdf", prefectureId]).sort(),
    );
    expect(Buffer.from(row.documents[0]!.file.content).equals(TINY_PDF)).toBe(true);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "Application", entityId: String(row.id) } });
    expect(audit).toMatchObject({ action: "CREATE", prefectureId, userId: null });
    expect(audit.after).not.toContain(token);
  });

  it("links the cooperative of the prefecture with that register number", async () => {
    const values = textValues();
    const cooperative = await db.cooperative.create({
      data: { prefectureId, registerNumber: values.registerNumber!, nameAr: "ت", nameFr: "C", sectorId, communeId, members: 10, womenMembers: 5, youngMembers: 2 },
    });
    const token = await accepted(async () => submit(await form({ values })));
    expect((await db.application.findUniqueOrThrow({ where: { accessTokenHash: hashAccessToken(token) } })).cooperativeId).toBe(cooperative.id);
  });

  it("refuses a missing document, next to that document's field", async () => {
    const [first, second] = call.documentIds;
    const state = await refused(async () => submit(await form({ files: [[`documents.${first}`, pdf()]] })));
    expect(state.fieldErrors).toEqual({ [`documents.${second}`]: "apply.documentMissing" });
  });

  it("refuses wrong and oversized files next to their fields, whatever their names", async () => {
    const [first, second] = call.documentIds;
    const html = new File(["<html><script>alert(1)</script></html>"], "lettre.pdf", { type: "application/pdf" });
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(TINY_PDF);
    const state = await refused(async () => submit(await form({ files: [[`documents.${first}`, html], [`documents.${second}`, new File([big], "fiche.pdf")]] })));
    expect(state.fieldErrors).toEqual({ [`documents.${first}`]: "apply.fileTypeRefused", [`documents.${second}`]: "apply.fileTooLarge" });
    expect(state.values.registerNumber).toMatch(/^RC-TEST-/); // what was typed comes back
  });

  it("refuses impossible amounts and counts", async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ beneficiaryContribution: "100000" }, "beneficiaryContribution", "contributionsDoNotAddUp"],
      [{ requestedIndh: "500000" }, "requestedIndh", "indhExceedsTotalCost"],
      [{ womenMembers: "13" }, "womenMembers", "womenExceedMembers"],
      [{ totalCost: "abc" }, "totalCost", "notAnAmount"],
      [{ contactPhone: "12345" }, "contactPhone", "apply.invalidMoroccanPhone"],
      [{ consent: "" }, "consent", "apply.consentRequired"],
      [{ partnersContribution: "10", beneficiaryContribution: "159990", partnersDescription: "" }, "partnersDescription", "apply.partnersDescriptionRequired"],
    ];
    for (const [overrides, field, code] of cases) {
      const state = await refused(async () => submit(await form({ values: textValues(overrides) })));
      expect(state.fieldErrors[field], field).toBe(code);
    }
  });

  it("refuses a commune of another prefecture and an axis the call does not have", async () => {
    const otherAxis = await db.axis.findFirstOrThrow({ where: { id: { not: call.axisId } } });
    const state = await refused(async () => submit(await form({ values: textValues({ communeId: String(foreignCommuneId), axisId: String(otherAxis.id) }) })));
    expect(state.fieldErrors).toEqual({ communeId: "apply.communeNotInPrefecture", axisId: "apply.axisNotInCall" });
  });

  it("refuses a second application of one cooperative to one call, also when both arrive at once", async () => {
    const values = textValues();
    await accepted(async () => submit(await form({ values })));
    const state = await refused(async () => submit(await form({ values: { ...values, registerNumber: values.registerNumber!.toLowerCase() } })));
    expect(state.fieldErrors).toEqual({ registerNumber: "apply.alreadyApplied" });
    const twin = textValues();
    const results = await Promise.allSettled([submit(await form({ values: twin })), submit(await form({ values: twin }))]);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1); // the redirect of the one accepted
    const other = results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<FormState>;
    expect(other.value.fieldErrors).toEqual({ registerNumber: "apply.alreadyApplied" });
    expect(await db.application.count({ where: { applicantRegisterNumber: twin.registerNumber } })).toBe(1);
  });

  it("refuses a late submission and one before the call opens, and a call that is not published", async () => {
    const late = await createCallFixture(prefectureId, { closesInDays: -0.01 });
    expect((await refused(async () => submit(await form({ target: late }), late))).formError).toBe("apply.callClosed");
    const early = await createCallFixture(prefectureId);
    await db.callForProjects.update({ where: { id: early.id }, data: { opensAt: new Date(Date.now() + 3600_000) } });
    expect((await refused(async () => submit(await form({ target: early }), early))).formError).toBe("apply.callNotYetOpen");
    const draft = await createCallFixture(prefectureId, { status: "DRAFT" });
    expect((await refused(async () => submit(await form({ target: draft }), draft))).formError).toBe("notFound");
  });

  it("refuses robots: honeypot filled, ticket missing, forged, of another call, or too quick", async () => {
    expect((await refused(async () => submit(await form({ values: textValues({ website: "http://spam.example" }) })))).formError).toBe("apply.automatedRefused");
    expect((await refused(async () => submit(await form({ ticket: null })))).formError).toBe("apply.ticketInvalid");
    const real = issueTicket(await getFormTicketKey(), call.id);
    expect((await refused(async () => submit(await form({ ticket: real.slice(0, -2) + "AA" })))).formError).toBe("apply.ticketInvalid");
    expect((await refused(async () => submit(await form({ ticket: issueTicket("guessed-key", call.id) })))).formError).toBe("apply.ticketInvalid");
    const other = await createCallFixture(prefectureId);
    expect((await refused(async () => submit(await form({ ticket: issueTicket(await getFormTicketKey(), other.id) })))).formError).toBe("apply.ticketInvalid");
    process.env.APPLY_MIN_FILL_SECONDS = "3";
    try {
      expect((await refused(async () => submit(await form()))).formError).toBe("apply.tooQuick");
    } finally {
      process.env.APPLY_MIN_FILL_SECONDS = "0";
    }
  });

  it("refuses field names no form sends, text or file", async () => {
    for (const extra of [["__proto__.polluted", "x"], ["constructor.prototype.x", "y"], ["status", "APPROVED"]] as const) {
      const data = await form();
      data.append(extra[0], extra[1]);
      expect((await refused(() => submit(data))).formError).toBe("unexpectedFields");
    }
    const data = await form();
    data.append("documents.1.__proto__", pdf());
    expect((await refused(() => submit(data))).formError).toBe("unexpectedFields");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a 13th file (the application holds at most 12)", async () => {
    const files = Array.from({ length: 13 }, (_, i): [string, File] => [`documents.${call.documentIds[i % 2]}`, pdf()]);
    const state = await refused(async () => submit(await form({ files })));
    expect(Object.values(state.fieldErrors)).toContain("apply.tooManyFiles");
  });

  it("limits submissions per client address", async () => {
    await db.apiRateWindow.deleteMany({});
    process.env.APPLY_RATE_LIMIT = "2";
    try {
      await refused(async () => submit(await form({ values: textValues({ consent: "" }) })));
      await refused(async () => submit(await form({ values: textValues({ consent: "" }) })));
      expect((await refused(async () => submit(await form()))).formError).toBe("apply.tooManySubmissions");
    } finally {
      process.env.APPLY_RATE_LIMIT = "100000";
    }
  });
});

describe("the private follow-up link", () => {
  it("shows its own application only, without the staff's notes; an unknown token is nothing", async () => {
    const fixture = await createApplicationFixture(call, { status: "INELIGIBLE" });
    await db.application.update({ where: { id: fixture.id }, data: { screeningReason: "Note interne du service" } });
    const seen = await getApplicationByToken(fixture.accessToken, "fr");
    expect(seen).toMatchObject({ receiptCode: fixture.receiptCode, status: "INELIGIBLE", callSlug: call.slug });
    expect(JSON.stringify(seen, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain("Note interne");
    expect(await getApplicationByToken(fixture.accessToken.slice(0, -1) + (fixture.accessToken.endsWith("A") ? "B" : "A"), "fr")).toBeNull();
    expect(await getApplicationByToken("not a token", "fr")).toBeNull();
    expect(await getApplicationByToken(hashAccessToken(fixture.accessToken), "fr")).toBeNull(); // the stored hash is no key
  });
});

describe("paper applications", () => {
  /** dd/mm/yyyy of the Morocco calendar day `days` from today, as the paper form takes it. */
  const moroccoDay = (days: number) => new Intl.DateTimeFormat("en-GB", { timeZone: "Africa/Casablanca", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date(Date.now() + days * 86_400_000));
  const paper = async (userId: number | null, target = call, values = textValues({ website: "" }), receivedOn = moroccoDay(0)) => {
    await actAs(userId);
    const { website: _w, ...rest } = values;
    return recordPaperApplicationAction(target.id, initialFormState, await form({ values: { ...rest, language: "ar", receivedOn }, ticket: null, target }));
  };

  it("are recorded by STAFF of the call's prefecture and national users, without a ticket", async () => {
    const { user: staff } = await createTestUser(db, { role: "STAFF", prefectureId });
    const token = await accepted(() => paper(staff.id));
    const row = await db.application.findUniqueOrThrow({ where: { accessTokenHash: hashAccessToken(token) }, include: { documents: { include: { file: true } } } });
    expect(row).toMatchObject({ channel: "PAPER", recordedById: staff.id, language: "ar" });
    expect(row.documents.every((d) => d.file.uploadedById === staff.id)).toBe(true);
    expect(await db.auditEntry.count({ where: { entityType: "Application", entityId: String(row.id), userId: staff.id } })).toBe(1);
    const { user: national } = await createTestUser(db, { role: "ADMIN", prefectureId: otherPrefectureId, isNational: true });
    await accepted(() => paper(national.id));
  });

  it("are refused to MANAGER, AUDITOR, visitors and staff of another prefecture, writing nothing", async () => {
    for (const role of ["MANAGER", "AUDITOR"] as const) {
      const { user } = await createTestUser(db, { role, prefectureId });
      expect((await refused(() => paper(user.id))).formError).toBe("forbidden");
    }
    expect((await refused(() => paper(null))).formError).toBe("signInRequired");
    const { user: foreign } = await createTestUser(db, { role: "STAFF", prefectureId: otherPrefectureId });
    expect((await refused(() => paper(foreign.id))).formError).toBe("notFound");
  });

  it("apply the same checks as the public form", async () => {
    const { user: staff } = await createTestUser(db, { role: "STAFF", prefectureId });
    const state = await refused(async () => {
      await actAs(staff.id);
      const { website: _w, ...values } = textValues({ requestedIndh: "0" });
      return recordPaperApplicationAction(call.id, initialFormState, await form({ values, ticket: null, files: [] }));
    });
    expect(state.fieldErrors.requestedIndh).toBe("apply.amountMustBePositive");
  });

  it("count on the day the office received them: after the deadline, a file received on time is recorded with that day", async () => {
    const { user: staff } = await createTestUser(db, { role: "STAFF", prefectureId });
    const closed = await createCallFixture(prefectureId);
    const day = 86_400_000;
    await db.callForProjects.update({ where: { id: closed.id }, data: { opensAt: new Date(Date.now() - 20 * day), closesAt: new Date(Date.now() - 5 * day) } });

    const token = await accepted(() => paper(staff.id, closed, textValues({ website: "" }), moroccoDay(-6)));
    const row = await db.application.findUniqueOrThrow({ where: { accessTokenHash: hashAccessToken(token) } });
    expect(row.submittedAt.toISOString().slice(0, 10)).toBe(moroccoDay(-6).split("/").reverse().join("-"));

    expect((await refused(() => paper(staff.id, closed, textValues({ website: "" }), moroccoDay(-3)))).fieldErrors.receivedOn).toBe("apply.receivedAfterClosing");
    expect((await refused(() => paper(staff.id, closed, textValues({ website: "" }), moroccoDay(-25)))).fieldErrors.receivedOn).toBe("apply.receivedBeforeOpening");
    expect((await refused(() => paper(staff.id, call, textValues({ website: "" }), moroccoDay(2)))).fieldErrors.receivedOn).toBe("apply.receivedInFuture");
    expect((await refused(() => paper(staff.id, call, textValues({ website: "" }), ""))).fieldErrors.receivedOn).toBe("required");
    expect((await refused(() => paper(staff.id, call, textValues({ website: "" }), "31/02/2026"))).fieldErrors.receivedOn).toBe("invalidDate");
  });
});
