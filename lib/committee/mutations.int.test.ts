import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import { FormRefusedError, RecordNotFoundError } from "@/lib/actions/errors";
import { createApplicationFixture, createCallFixture } from "@/lib/funding/test-fixtures";
import { addAgendaItems, addEligibleOfCall, rerankAgenda } from "./agenda-mutations";
import { decideAgendaItem, undoAgendaDecision } from "./decision-mutations";
import { createSession, markSessionHeld, publishCallResults, updateSession } from "./mutations";
import { decisionSchema } from "./schema";
import { makeUser } from "@/lib/grants/test-fixtures";
import { reviewed, sessionInput, setUpCommittee, type CommitteeSetup } from "./test-setup";

let s: CommitteeSetup;
const db = () => getDb();

// Everything a refused committee write could have touched, to prove it touched nothing.
async function snapshot() {
  const d = db();
  return {
    items: await d.committeeAgendaItem.findMany({ orderBy: { id: "asc" } }),
    applications: await d.application.findMany({ select: { id: true, status: true, grantId: true, cooperativeId: true, decidedAt: true }, orderBy: { id: "asc" } }),
    grants: await d.grant.count(), cooperatives: await d.cooperative.count(), partners: await d.grantPartnerContribution.count(),
    sessions: await d.committeeSession.findMany({ orderBy: { id: "asc" } }), audits: await d.auditEntry.count(),
  };
}
async function refused(write: () => Promise<unknown>): Promise<unknown> {
  const before = await snapshot();
  const error = await write().then(() => new Error("the write was accepted"), (e: unknown) => e);
  expect(await snapshot()).toEqual(before);
  return error;
}
const decision = (values: Record<string, string>) => decisionSchema.parse(values);
const itemOf = (sessionId: number, applicationId: number) => db().committeeAgendaItem.findFirstOrThrow({ where: { sessionId, applicationId } });

beforeAll(async () => {
  s = await setUpCommittee();
});

describe("agenda", () => {
  it("ranks the eligible applications of a call by their average score, unreviewed last, and re-ranks on request", async () => {
    const call = await db().callForProjects.findUniqueOrThrow({ where: { id: s.call.id } });
    const [a, b, c] = [await createApplicationFixture(s.call, { status: "ELIGIBLE" }), await createApplicationFixture(s.call, { status: "ELIGIBLE" }), await createApplicationFixture(s.call, { status: "ELIGIBLE" })];
    const received = await createApplicationFixture(s.call, { status: "RECEIVED" });
    await reviewed(a.id, 75, "r1@a.test", call.prefectureId);
    await reviewed(a.id, 86, "r2@a.test", call.prefectureId); // 80.5 -> 81
    await reviewed(b.id, 90, "r1@b.test", call.prefectureId);
    const { id } = await createSession(s.staff, sessionInput());
    expect(await addEligibleOfCall(s.staff, id, { callId: s.call.id })).toEqual({ added: 3 });
    const items = await db().committeeAgendaItem.findMany({ where: { sessionId: id }, orderBy: { rank: "asc" } });
    expect(items.map((i) => [i.applicationId, i.rank, i.scoreAtAgenda])).toEqual([[b.id, 1, 90], [a.id, 2, 81], [c.id, 3, null]]);
    expect(items.some((i) => i.applicationId === received.id)).toBe(false);
    // Scores do not move by themselves once on the agenda; re-ranking reads the reviews again.
    await reviewed(c.id, 95, "r1@c.test", call.prefectureId);
    expect((await itemOf(id, c.id)).rank).toBe(3);
    await rerankAgenda(s.staff, id);
    expect((await itemOf(id, c.id))).toMatchObject({ rank: 1, scoreAtAgenda: 95 });
    expect(await db().auditEntry.count({ where: { entityType: "CommitteeAgendaItem", action: "CREATE" } })).toBeGreaterThanOrEqual(3);
    // Already waiting on this agenda: refused as a whole; nothing more of the call to add.
    expect(await refused(() => addAgendaItems(s.staff, id, { applicationIds: [a.id] }))).toBeInstanceOf(DomainError);
    expect(await refused(() => addEligibleOfCall(s.staff, id, { callId: s.call.id }))).toMatchObject({ code: "committee.noneEligible" });
    expect(await refused(() => addAgendaItems(s.staff, id, { applicationIds: [received.id] }))).toBeInstanceOf(DomainError);
  });

  it("refuses another prefecture's applications and sessions", async () => {
    const { id } = await createSession(s.staff, sessionInput());
    expect(await refused(() => addAgendaItems(s.staff, id, { applicationIds: [s.elsewhere.applicationId] }))).toBeInstanceOf(DomainError);
    expect(await refused(() => addAgendaItems(s.elsewhere.staff, id, { applicationIds: [s.elsewhere.applicationId] }))).toBeInstanceOf(RecordNotFoundError);
    expect(await refused(() => rerankAgenda(s.elsewhere.staff, id))).toBeInstanceOf(RecordNotFoundError);
    expect(await refused(() => updateSession(s.elsewhere.staff, id, { ...sessionInput(), version: 1 }))).toBeInstanceOf(RecordNotFoundError);
    expect(await refused(() => markSessionHeld(s.elsewhere.staff, id, { version: 1 }))).toBeInstanceOf(RecordNotFoundError);
  });

  it("files a session under the user's prefecture; a national user names whose CPDH meets, a local one cannot", async () => {
    const elsewhereId = s.elsewhere.call.prefectureId;
    const national = await makeUser("national@committee.test", s.prefectureId, true);
    const { id } = await createSession(national, { ...sessionInput(), prefectureId: elsewhereId });
    expect((await db().committeeSession.findUniqueOrThrow({ where: { id } })).prefectureId).toBe(elsewhereId);
    // The session is that prefecture's: its eligible applications go on the agenda, and its staff see it.
    const theirs = await createApplicationFixture(s.elsewhere.call, { status: "ELIGIBLE" });
    await addAgendaItems(national, id, { applicationIds: [theirs.id] });
    await rerankAgenda(s.elsewhere.staff, id);
    const violation = (e: unknown) => (e as DomainError).violations.map((v) => `${v.field}:${v.code}`);
    expect(violation(await refused(() => createSession(national, sessionInput())))).toEqual(["prefectureId:required"]);
    expect(violation(await refused(() => createSession(s.staff, { ...sessionInput(), prefectureId: elsewhereId })))).toEqual(["prefectureId:nationalOnly"]);
    const own = await createSession(s.staff, { ...sessionInput(), prefectureId: s.prefectureId });
    expect((await db().committeeSession.findUniqueOrThrow({ where: { id: own.id } })).prefectureId).toBe(s.prefectureId);
  });
});

describe("decisions", () => {
  async function onAgenda(options: { registerNumber?: string } = {}) {
    const application = await createApplicationFixture(s.call, { status: "ELIGIBLE", ...options });
    const { id: sessionId } = await createSession(s.staff, sessionInput());
    await addAgendaItems(s.staff, sessionId, { applicationIds: [application.id] });
    return { sessionId, applicationId: application.id, itemId: (await itemOf(sessionId, application.id)).id };
  }

  it("refuses an amount above the request or not above zero, and a rejection without a reason", async () => {
    const { sessionId, itemId } = await onAgenda();
    const above = await refused(() => decideAgendaItem(s.staff, sessionId, itemId, decision({ decision: "APPROVED", approvedAmount: "240000,01" })));
    expect((above as DomainError).violations).toEqual([{ field: "approvedAmount", code: "committee.amountAboveRequested" }]);
    const zero = await refused(() => decideAgendaItem(s.staff, sessionId, itemId, decision({ decision: "APPROVED", approvedAmount: "0" })));
    expect((zero as DomainError).violations[0]?.code).toBe("committee.amountNotPositive");
    const noReason = decisionSchema.safeParse({ decision: "REJECTED", reason: "  " });
    expect(noReason.success).toBe(false);
    expect(noReason.error?.issues[0]).toMatchObject({ path: ["reason"], message: "committee.reasonRequired" });
    expect(decisionSchema.safeParse({ decision: "APPROVED", approvedAmount: "" }).error?.issues[0]).toMatchObject({ path: ["approvedAmount"], message: "required" });
  });

  it("approval creates the cooperative and the grant with its contributions to the centime, dated on the session's day", async () => {
    const { sessionId, itemId, applicationId } = await onAgenda({ registerNumber: "RC-NEW-1" });
    const result = await decideAgendaItem(s.staff, sessionId, itemId, decision({ decision: "APPROVED", approvedAmount: "200.000,55" }));
    const application = await db().application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(application).toMatchObject({ status: "APPROVED", grantId: result.grantId });
    expect(application.decidedAt).not.toBeNull();
    const cooperative = await db().cooperative.findUniqueOrThrow({ where: { id: application.cooperativeId! } });
    expect(cooperative).toMatchObject({
      prefectureId: s.prefectureId, registerNumber: "RC-NEW-1", nameAr: "تعاونية RC-NEW-1", nameFr: "Coopérative RC-NEW-1",
      communeId: application.applicantCommuneId, sectorId: application.applicantSectorId, members: 10, womenMembers: 6, youngMembers: 2, isWomenLed: true,
    });
    const grant = await db().grant.findUniqueOrThrow({ where: { id: result.grantId! }, include: { partnerContributions: true } });
    // 240,000.00 requested, 200,000.55 approved: the project shrinks by 39,999.45 to 360,000.55.
    expect(grant).toMatchObject({
      cooperativeId: cooperative.id, programmeId: (await db().callForProjects.findUniqueOrThrow({ where: { id: s.call.id } })).programmeId,
      axisId: s.call.axisId, status: "APPROVED", totalCostCentimes: 36_000_055n, indhContributionCentimes: 20_000_055n,
      beneficiaryContributionCentimes: 16_000_000n, partnersContributionCentimes: 0n, approvalYear: 2026, prefectureId: s.prefectureId,
    });
    expect(grant.approvedOn.toISOString()).toBe("2026-03-10T00:00:00.000Z");
    expect(grant.partnerContributions).toEqual([]);
    const item = await db().committeeAgendaItem.findUniqueOrThrow({ where: { id: itemId } });
    expect(item).toMatchObject({ decision: "APPROVED", approvedAmountCentimes: 20_000_055n });
    const audited = await db().auditEntry.findMany({ where: { OR: [
      { entityType: "Grant", entityId: String(grant.id) }, { entityType: "Cooperative", entityId: String(cooperative.id) },
      { entityType: "CommitteeAgendaItem", entityId: String(itemId), action: "UPDATE" }, { entityType: "Application", entityId: String(applicationId) },
    ] } });
    expect(audited.map((a) => a.entityType).sort()).toEqual(["Application", "CommitteeAgendaItem", "Cooperative", "Grant"]);
    // Deciding again, or taking back an approval whose grant exists, is refused.
    expect(await refused(() => decideAgendaItem(s.staff, sessionId, itemId, decision({ decision: "DEFERRED" })))).toMatchObject({ code: "committee.alreadyDecided" });
    expect(await refused(() => undoAgendaDecision(s.staff, sessionId, itemId))).toMatchObject({ code: "committee.grantExists" });
  });

  it("links the prefecture's cooperative with the same register number instead of creating a second one", async () => {
    const existing = await db().cooperative.create({
      data: { prefectureId: s.prefectureId, registerNumber: "RC-KNOWN", nameAr: "معروفة", nameFr: "Connue", sectorId: (await db().sector.findFirstOrThrow()).id,
        communeId: (await db().commune.findFirstOrThrow({ where: { prefectureId: s.prefectureId } })).id, members: 10, womenMembers: 6, youngMembers: 2 },
    });
    const { sessionId, itemId, applicationId } = await onAgenda({ registerNumber: "RC-KNOWN" });
    const count = await db().cooperative.count();
    const { grantId } = await decideAgendaItem(s.staff, sessionId, itemId, decision({ decision: "APPROVED", approvedAmount: "240000" }));
    expect(await db().cooperative.count()).toBe(count);
    expect(await db().grant.findUniqueOrThrow({ where: { id: grantId! } })).toMatchObject({ cooperativeId: existing.id, totalCostCentimes: 40_000_000n, indhContributionCentimes: 24_000_000n });
    expect((await db().application.findUniqueOrThrow({ where: { id: applicationId } })).cooperativeId).toBe(existing.id);
  });

  it("puts the partners' contribution on the organisation chosen, and requires one", async () => {
    const { sessionId, itemId, applicationId } = await onAgenda();
    await db().application.update({ where: { id: applicationId }, data: { totalCostCentimes: 45_000_000n, partnersContributionCentimes: 5_000_000n } });
    const missing = await refused(() => decideAgendaItem(s.staff, sessionId, itemId, decision({ decision: "APPROVED", approvedAmount: "230000" })));
    expect((missing as DomainError).violations).toEqual([{ field: "partnerOrganisationId", code: "committee.partnerRequired" }]);
    const odco = await db().organisation.findFirstOrThrow({ where: { prefectureId: s.prefectureId, code: "ODCO" } });
    const { grantId } = await decideAgendaItem(s.staff, sessionId, itemId, decision({ decision: "APPROVED", approvedAmount: "230000", partnerOrganisationId: String(odco.id) }));
    const grant = await db().grant.findUniqueOrThrow({ where: { id: grantId! }, include: { partnerContributions: true } });
    expect(grant).toMatchObject({ totalCostCentimes: 44_000_000n, indhContributionCentimes: 23_000_000n, beneficiaryContributionCentimes: 16_000_000n, partnersContributionCentimes: 5_000_000n });
    expect(grant.partnerContributions.map((p) => [p.organisationId, p.amountCentimes])).toEqual([[odco.id, 5_000_000n]]);
  });

  it("defers (the application may go on a later agenda), rejects with the reason, and takes a deferral back", async () => {
    const deferred = await onAgenda();
    await decideAgendaItem(s.staff, deferred.sessionId, deferred.itemId, decision({ decision: "DEFERRED" }));
    expect((await db().application.findUniqueOrThrow({ where: { id: deferred.applicationId } })).status).toBe("DEFERRED");
    const { id: later } = await createSession(s.staff, sessionInput(new Date("2026-06-10T09:00:00Z")));
    await addAgendaItems(s.staff, later, { applicationIds: [deferred.applicationId] });
    const laterItem = await itemOf(later, deferred.applicationId);
    await decideAgendaItem(s.staff, later, laterItem.id, decision({ decision: "REJECTED", reason: "Projet non viable" }));
    expect(await db().application.findUniqueOrThrow({ where: { id: deferred.applicationId } })).toMatchObject({ status: "REJECTED", grantId: null });
    expect(await db().committeeAgendaItem.findUniqueOrThrow({ where: { id: laterItem.id } })).toMatchObject({ decision: "REJECTED", reason: "Projet non viable" });
    // Taken back: the application is deferred again (by the earlier session), not merely eligible.
    await undoAgendaDecision(s.staff, later, laterItem.id);
    expect((await db().application.findUniqueOrThrow({ where: { id: deferred.applicationId } })).status).toBe("DEFERRED");
    expect((await db().committeeAgendaItem.findUniqueOrThrow({ where: { id: laterItem.id } })).decision).toBeNull();
  });

  it("refuses other prefectures' users", async () => {
    const { sessionId, itemId } = await onAgenda();
    expect(await refused(() => decideAgendaItem(s.elsewhere.staff, sessionId, itemId, decision({ decision: "DEFERRED" })))).toBeInstanceOf(RecordNotFoundError);
    // An item id of another session, bound into this session's form: not found.
    const other = await onAgenda();
    expect(await refused(() => decideAgendaItem(s.staff, sessionId, other.itemId, decision({ decision: "DEFERRED" })))).toBeInstanceOf(RecordNotFoundError);
  });
});

describe("holding the session and publishing results", () => {
  it("is held only once every item is decided, and then changes no more; results go public once the call is decided", async () => {
    const call = await createCallFixture(s.prefectureId, { slug: "held-call" });
    const [a, b] = [await createApplicationFixture(call, { status: "ELIGIBLE" }), await createApplicationFixture(call, { status: "ELIGIBLE" })];
    const { id } = await createSession(s.staff, sessionInput());
    expect(await refused(() => markSessionHeld(s.staff, id, { version: 1 }))).toMatchObject({ code: "committee.agendaEmpty" });
    await addEligibleOfCall(s.staff, id, { callId: call.id });
    await decideAgendaItem(s.staff, id, (await itemOf(id, a.id)).id, decision({ decision: "REJECTED", reason: "Hors champ" }));
    expect(await refused(() => markSessionHeld(s.staff, id, { version: 1 }))).toMatchObject({ code: "committee.undecidedItems", params: { count: 1 } });
    expect(await refused(() => publishCallResults(s.staff, id, { callId: call.id }))).toMatchObject({ code: "committee.callNotAllDecided" });
    await decideAgendaItem(s.staff, id, (await itemOf(id, b.id)).id, decision({ decision: "APPROVED", approvedAmount: "100000" }));
    expect(await refused(() => markSessionHeld(s.staff, id, { version: 7 }))).toBeInstanceOf(FormRefusedError);
    await markSessionHeld(s.staff, id, { version: 1 });
    expect(await db().committeeSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "HELD", version: 2 });
    const itemA = (await itemOf(id, a.id)).id;
    expect(await refused(() => undoAgendaDecision(s.staff, id, itemA))).toMatchObject({ code: "committee.sessionHeld" });
    expect(await refused(() => rerankAgenda(s.staff, id))).toMatchObject({ code: "committee.sessionHeld" });
    expect(await publishCallResults(s.staff, id, { callId: call.id })).toEqual({ slug: "held-call" });
    expect((await db().callForProjects.findUniqueOrThrow({ where: { id: call.id } })).resultsPublic).toBe(true);
    // A call that has nothing on this session's agenda cannot be published from it.
    expect(await refused(() => publishCallResults(s.staff, id, { callId: s.elsewhere.call.id }))).toBeInstanceOf(RecordNotFoundError);
  });
});
