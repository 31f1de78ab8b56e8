import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setUpGrantFixtures, type GrantFixtures } from "@/lib/grants/test-fixtures";
import { createGrant } from "@/lib/grants/mutations";
import { createConvention, recordMilestoneReached, signConvention } from "@/lib/conventions/mutations";
import { createVisit, saveBaseline } from "@/lib/visits/mutations";
import { createApplicationFixture, createCallFixture } from "@/lib/funding/test-fixtures";
import { getOutcomes } from "@/lib/dashboards/outcome-queries";
import type { SessionUser } from "@/lib/auth/types";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import type { GrantInput } from "@/lib/grants/types";
import type { ProjectState } from "@/lib/visits/schema";
import { getDecisionsToTake, getTranchesDue, listProjectsAtRisk } from "./queries";

// A fixed day in Morocco, in the past of the real clock (the mutations refuse dates after the real today).
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day("2025-06-15");
/** The report's period: approvals of 2024 and 2025; tranches are listed up to 31 March 2026. */
const PERIOD: DashboardFilters = { fromYear: 2024, toYear: 2025 };
const MAD = (dirhams: number) => BigInt(dirhams) * 100n;

let f: GrantFixtures;
type Key = "plain" | "underConvention" | "unsignedConvention" | "cancelled" | "older" | "rural" | "olderApproved";
const ids = {} as Record<Key, number>;
const visitIds = {} as Record<"plain" | "underConvention" | "unsignedConvention", number>;
const agenda = {} as Record<"a1" | "a2" | "a4", number>;
let ruralCooperativeId: number;

type Tranche = { plannedOn: Date; amountCentimes: bigint; paidOn: Date | null };
const tranche = (plannedOn: string, dirhams: number, paidOn: string | null = null): Tranche => ({ plannedOn: day(plannedOn), amountCentimes: MAD(dirhams), paidOn: paidOn ? day(paidOn) : null });

/** A grant of 500,000 MAD (300,000 INDH) of the staff's prefecture, in Tanger's (urban) commune unless said. */
async function grant(over: Partial<GrantInput>, user: SessionUser = f.staff): Promise<number> {
  return (await createGrant(user, { ...f.base, ...over })).id;
}

async function visit(grantId: number, visitedOn: string, projectState: ProjectState, jobs: number | null = null, user: SessionUser = f.staff): Promise<number> {
  return (await createVisit(user, grantId, {
    visitedOn: day(visitedOn), visitors: "Division de l'action sociale", findings: `Constat du ${visitedOn}.`, projectState, milestoneId: null,
    jobs, jobsWomen: null, jobsYoung: null, members: null, annualRevenue: null, productionQuantity: null,
  }, [])).id;
}

beforeAll(async () => {
  f = await setUpGrantFixtures();
  const db = getDb();
  const prefectureId = f.staff.prefectureId;
  const rural = await db.commune.findFirstOrThrow({ where: { prefectureId, code: "AL-MANZLA" } });
  const sector = await db.sector.findFirstOrThrow();
  ruralCooperativeId = (await db.cooperative.create({
    data: { prefectureId, registerNumber: "R-1", nameAr: "تعاونية قروية", nameFr: "Coopérative rurale", sectorId: sector.id, communeId: rural.id, members: 10, womenMembers: 6, youngMembers: 2 },
  })).id;

  // 1. Tranches (300,000 MAD each grant). Today is 15 June 2025.
  ids.plain = await grant({ status: "IN_PROGRESS", tranches: [
    tranche("2025-01-10", 80_000, "2025-01-12"), // paid: never listed
    tranche("2025-05-01", 100_000), // overdue, 45 days
    tranche("2025-06-15", 50_000), // due today
    tranche("2026-03-31", 40_000), // due: the last day of the horizon
    tranche("2026-04-01", 30_000), // beyond the horizon
  ] });
  // Approved and signed: not a decision to take. Tranche 1 waits for its milestone, tranche 2's is reached.
  ids.underConvention = await grant({ tranches: [tranche("2025-03-01", 200_000), tranche("2025-09-01", 100_000)] });
  const [t1, t2] = await db.grantTranche.findMany({ where: { grantId: ids.underConvention }, orderBy: { position: "asc" } });
  await createConvention(f.staff, ids.underConvention, {
    reference: "CONV-2024-001", obligationsAr: "ا", obligationsFr: "O", resultsAr: "ن", resultsFr: "R",
    milestones: [
      { labelAr: "مرحلة 1", labelFr: "Étape 1", dueOn: day("2025-03-01"), trancheId: t1!.id },
      { labelAr: "مرحلة 2", labelFr: "Étape 2", dueOn: day("2025-09-01"), trancheId: t2!.id },
    ],
  });
  await signConvention(f.staff, ids.underConvention, { signedOn: day("2024-04-01"), version: 1 });
  const second = await db.conventionMilestone.findFirstOrThrow({ where: { trancheId: t2!.id } });
  await recordMilestoneReached(f.staff, ids.underConvention, { milestoneId: second.id, reachedOn: day("2025-06-01"), version: 2 });
  // Approved, convention drafted and not signed: overdue 14 days, and a decision to take.
  ids.unsignedConvention = await grant({ tranches: [tranche("2025-06-01", 300_000)] });
  const u1 = await db.grantTranche.findFirstOrThrow({ where: { grantId: ids.unsignedConvention } });
  await createConvention(f.staff, ids.unsignedConvention, {
    reference: "CONV-2024-002", obligationsAr: "ا", obligationsFr: "O", resultsAr: "ن", resultsFr: "R",
    milestones: [{ labelAr: "مرحلة", labelFr: "Étape", dueOn: day("2025-06-01"), trancheId: u1.id }],
  });
  ids.rural = await grant({ cooperativeId: ruralCooperativeId, tranches: [tranche("2025-04-15", 300_000)] }); // overdue 61 days
  ids.cancelled = await grant({ status: "CANCELLED", tranches: [tranche("2025-01-01", 300_000)] });
  ids.older = await grant({ status: "IN_PROGRESS", approvedOn: day("2023-05-10"), tranches: [tranche("2025-02-01", 300_000)] });
  ids.olderApproved = await grant({ approvedOn: day("2022-06-01"), tranches: [tranche("2030-01-01", 300_000)] });

  // 2. Latest visits.
  await saveBaseline(f.staff, ids.plain, { jobs: 3, jobsWomen: 1, jobsYoung: 0, members: 10, annualRevenue: 0n, productionQuantity: 100, productionUnitAr: "كلغ", productionUnitFr: "kg", version: 0 });
  await visit(ids.plain, "2025-01-10", "ON_TRACK");
  visitIds.plain = await visit(ids.plain, "2025-04-01", "AT_RISK", 5);
  visitIds.underConvention = await visit(ids.underConvention, "2025-05-01", "STALLED");
  // Two visits on one day: the later record is the latest.
  await visit(ids.unsignedConvention, "2025-03-01", "ON_TRACK");
  visitIds.unsignedConvention = await visit(ids.unsignedConvention, "2025-03-01", "AT_RISK");
  await visit(ids.rural, "2025-03-01", "AT_RISK");
  await visit(ids.rural, "2025-04-01", "ON_TRACK"); // recovered
  await visit(ids.older, "2025-02-01", "AT_RISK"); // outside the period
  await visit(ids.cancelled, "2025-04-01", "AT_RISK"); // cancelled: never counted
  await visit(f.other.grantId, "2025-04-01", "AT_RISK", null, f.national); // another prefecture

  // 3. The committee: two planned sessions, a held one, and another prefecture's planned session.
  const call = await createCallFixture(prefectureId);
  const tanger = await db.commune.findFirstOrThrow({ where: { prefectureId, code: "TANGER" } });
  const application = async (communeId: number, requestedDirhams = 240_000) => {
    const { id } = await createApplicationFixture(call, { status: "ELIGIBLE" });
    await db.application.update({ where: { id }, data: { applicantCommuneId: communeId, requestedIndhCentimes: MAD(requestedDirhams) } });
    return id;
  };
  const session = (heldOn: string, status: string, sessionPrefectureId = prefectureId) => db.committeeSession.create({
    data: { prefectureId: sessionPrefectureId, heldOn: new Date(`${heldOn}T09:00:00Z`), placeAr: "مقر العمالة", placeFr: "Siège de la préfecture", chairAr: "العامل", chairFr: "Le gouverneur", membersPresent: "", status },
  });
  const item = (sessionId: number, applicationId: number, rank: number, decision: string | null = null) =>
    db.committeeAgendaItem.create({ data: { sessionId, applicationId, rank, decision, decidedAt: decision ? new Date() : null } });
  const next = await session("2025-07-01", "PLANNED");
  const sooner = await session("2025-06-20", "PLANNED");
  const held = await session("2025-05-20", "HELD");
  agenda.a1 = (await item(next.id, await application(tanger.id), 1)).id;
  agenda.a2 = (await item(next.id, await application(tanger.id, 180_000), 2)).id;
  await item(next.id, await application(tanger.id), 3, "DEFERRED");
  agenda.a4 = (await item(sooner.id, await application(rural.id), 1)).id;
  await item(held.id, await application(tanger.id), 1);
  const otherPrefectureId = (await db.grant.findUniqueOrThrow({ where: { id: f.other.grantId } })).prefectureId;
  const otherCall = await createCallFixture(otherPrefectureId);
  const otherSession = await session("2025-06-25", "PLANNED", otherPrefectureId);
  await item(otherSession.id, (await createApplicationFixture(otherCall, { status: "ELIGIBLE" })).id, 1);
});

const pick = <T extends { grantId: number }>(rows: T[]) => rows.map((r) => r.grantId);

describe("getTranchesDue", () => {
  it("lists the unpaid tranches of the period's grants planned before 31 March after it: overdue, then due, with totals", async () => {
    const t = await getTranchesDue(f.staff, PERIOD, "fr", TODAY);
    expect(t.dueBefore).toEqual(day("2026-04-01"));
    expect(t.overdue.rows.map((r) => [r.grantId, r.plannedOn.toISOString().slice(0, 10), r.amountCentimes, r.daysLate, r.readiness])).toEqual([
      [ids.underConvention, "2025-03-01", MAD(200_000), 106, "MILESTONE_PENDING"],
      [ids.rural, "2025-04-15", MAD(300_000), 61, "NO_CONVENTION"],
      [ids.plain, "2025-05-01", MAD(100_000), 45, "NO_CONVENTION"],
      [ids.unsignedConvention, "2025-06-01", MAD(300_000), 14, "UNSIGNED"],
    ]);
    expect(t.overdue.count).toBe(4);
    expect(t.overdue.amountCentimes).toBe(MAD(900_000));
    expect(t.due.rows.map((r) => [r.grantId, r.position, r.amountCentimes, r.daysLate, r.readiness])).toEqual([
      [ids.plain, 3, MAD(50_000), 0, "NO_CONVENTION"],
      [ids.underConvention, 2, MAD(100_000), -78, "MILESTONE_REACHED"],
      [ids.plain, 4, MAD(40_000), -289, "NO_CONVENTION"],
    ]);
    expect(t.due.rows[1]!.milestoneReachedOn).toEqual(day("2025-06-01"));
    expect(t.due.count).toBe(3);
    expect(t.due.amountCentimes).toBe(MAD(190_000));
    expect(t.overdue.rows[1]).toMatchObject({ cooperative: "Coopérative rurale", grantTitle: "Équipements", commune: "Al Manzla" });
    const ar = await getTranchesDue(f.staff, PERIOD, "ar", TODAY);
    expect(ar.overdue.rows[1]).toMatchObject({ cooperative: "تعاونية قروية", grantTitle: "معدات", commune: "المنزلة" });
  });

  it("stops at 31 March after a past period, and follows the zone filter", async () => {
    const past = await getTranchesDue(f.staff, { fromYear: 2024, toYear: 2024 }, "fr", TODAY);
    expect(pick(past.overdue.rows)).toEqual([ids.underConvention]);
    expect(past.due).toEqual({ rows: [], count: 0, amountCentimes: 0n });
    const rural = await getTranchesDue(f.staff, { ...PERIOD, zone: "RURAL" }, "fr", TODAY);
    expect(pick(rural.overdue.rows)).toEqual([ids.rural]);
    expect(rural.overdue.amountCentimes).toBe(MAD(300_000));
    expect(rural.due.count).toBe(0);
  });

  it("without a period, runs to today + 90 days, grants of every year, the user's prefecture only", async () => {
    const t = await getTranchesDue(f.staff, {}, "fr", TODAY);
    expect(t.dueBefore).toEqual(day("2025-09-14"));
    expect(pick(t.overdue.rows)).toEqual([ids.older, ids.underConvention, ids.rural, ids.plain, ids.unsignedConvention]);
    expect(t.overdue.amountCentimes).toBe(MAD(1_200_000));
    expect(t.due.rows.map((r) => [r.grantId, r.position])).toEqual([[ids.plain, 3], [ids.underConvention, 2]]);
    expect(t.due.amountCentimes).toBe(MAD(150_000));
    // A national user sees the other prefecture's tranche (planned 1 April 2024) too.
    const national = await getTranchesDue(f.national, {}, "fr", TODAY);
    expect(pick(national.overdue.rows)).toEqual([f.other.grantId, ...pick(t.overdue.rows)]);
    expect(national.overdue.amountCentimes).toBe(MAD(1_500_000));
  });
});

describe("listProjectsAtRisk", () => {
  it("lists the period's grants whose latest visit found them stalled (first) or at risk (oldest visit first)", async () => {
    const r = await listProjectsAtRisk(f.staff, PERIOD, "fr", TODAY);
    expect(r.rows.map((p) => [p.grantId, p.visitId, p.state, p.visitedOn.toISOString().slice(0, 10), p.daysSinceVisit])).toEqual([
      [ids.underConvention, visitIds.underConvention, "STALLED", "2025-05-01", 45],
      [ids.unsignedConvention, visitIds.unsignedConvention, "AT_RISK", "2025-03-01", 106],
      [ids.plain, visitIds.plain, "AT_RISK", "2025-04-01", 75],
    ]);
    expect(r.rows[2]).toMatchObject({ jobs: 5, baselineJobs: 3, findings: "Constat du 2025-04-01.", cooperative: "Coopérative", commune: "Tanger" });
    expect(r.rows[0]).toMatchObject({ jobs: null, baselineJobs: null });
    expect(r.count).toBe(3);
    expect(r.amountCentimes).toBe(MAD(900_000));
  });

  it("has as many projects as the outcomes count at risk or stalled under the same filters", async () => {
    for (const filters of [PERIOD, {}, { zone: "RURAL" as const }]) {
      const [r, o] = await Promise.all([listProjectsAtRisk(f.staff, filters, "fr", TODAY), getOutcomes(f.staff, filters, "fr", new Date("2025-06-15T12:00:00Z"))]);
      expect(r.count, JSON.stringify(filters)).toBe(o.total.byState.AT_RISK + o.total.byState.STALLED);
    }
    const all = await listProjectsAtRisk(f.staff, {}, "fr", TODAY);
    expect(pick(all.rows)).toEqual([ids.underConvention, ids.older, ids.unsignedConvention, ids.plain]);
    expect((await listProjectsAtRisk(f.staff, { zone: "RURAL" }, "fr", TODAY)).count).toBe(0);
    const national = await listProjectsAtRisk(f.national, {}, "fr", TODAY);
    expect(pick(national.rows)).toContain(f.other.grantId);
    expect(national.count).toBe(5);
  });
});

describe("getDecisionsToTake", () => {
  it("lists the undecided items of planned sessions, sooner session first, whatever the period, with totals", async () => {
    const d = await getDecisionsToTake(f.staff, PERIOD, "fr");
    expect(d.agenda.rows.map((r) => r.itemId)).toEqual([agenda.a4, agenda.a1, agenda.a2]);
    expect(d.agenda.rows[0]).toMatchObject({ rank: 1, commune: "Al Manzla", sessionPlace: "Siège de la préfecture", requestedCentimes: MAD(240_000), totalCostCentimes: MAD(400_000) });
    expect(d.agenda.count).toBe(3);
    expect(d.agenda.amountCentimes).toBe(MAD(660_000));
    expect(d.agenda.totalCostCentimes).toBe(MAD(1_200_000));
    const rural = await getDecisionsToTake(f.staff, { zone: "RURAL" }, "fr");
    expect(rural.agenda.rows.map((r) => r.itemId)).toEqual([agenda.a4]);
  });

  it("lists the approved grants whose convention is not signed, the oldest approval first, whatever the period", async () => {
    const d = await getDecisionsToTake(f.staff, PERIOD, "fr");
    expect(d.unsigned.rows.map((r) => [r.grantId, r.conventionReference, r.fromApplication])).toEqual([
      [ids.olderApproved, null, false],
      [ids.unsignedConvention, "CONV-2024-002", false],
      [ids.rural, null, false],
    ]);
    expect(d.unsigned.count).toBe(3);
    expect(d.unsigned.amountCentimes).toBe(MAD(900_000));
    expect(d.unsigned.totalCostCentimes).toBe(MAD(1_500_000));
    expect((await getDecisionsToTake(f.staff, { zone: "RURAL" }, "fr")).unsigned.rows.map((r) => r.grantId)).toEqual([ids.rural]);
  });

  it("sees every prefecture for a national user, one when the filters name it", async () => {
    const national = await getDecisionsToTake(f.national, {}, "fr");
    expect(national.agenda.count).toBe(4);
    expect(national.unsigned.count).toBe(4);
    const own = await getDecisionsToTake(f.national, { prefectureId: f.staff.prefectureId }, "fr");
    expect(own.agenda.count).toBe(3);
    expect(own.unsigned.count).toBe(3);
  });
});
