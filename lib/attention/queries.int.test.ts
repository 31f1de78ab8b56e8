import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setUpGrantFixtures, type GrantFixtures } from "@/lib/grants/test-fixtures";
import { createGrant, payGrantTranche } from "@/lib/grants/mutations";
import { createConvention, signConvention } from "@/lib/conventions/mutations";
import { createVisit } from "@/lib/visits/mutations";
import { createCallFixture } from "@/lib/funding/test-fixtures";
import { zonedDateTimeToUtc } from "@/lib/events/casablanca-time";
import type { SessionUser } from "@/lib/auth/types";
import type { GrantInput } from "@/lib/grants/types";
import type { ProjectState, VisitInput } from "@/lib/visits/schema";
import { getNeedsAttention } from "./queries";

// A fixed day in Morocco, in the past of the real clock (the mutations refuse dates after the real today).
// Six calendar months earlier: 15 December 2024.
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day("2025-06-15");
const casablanca = (date: string, time: string) => zonedDateTimeToUtc(date, time)!;

let f: GrantFixtures;
/** The records of the fixture, by the part of the rule they test. */
type Key = "atRisk" | "callClosed" | "callDayAfter" | "callDraft" | "callLastDay" | "callLate" | "callSoon" | "callToday" | "cancelled" | "cancelledAtRisk" | "completed" | "fresh" | "neverVisited" | "onCutoff" | "otherCall" | "plain" | "recentlySigned" | "recovered" | "sameDayAtRisk" | "sameDayRecovered" | "stale" | "stalled" | "underConvention" | "unsigned";
const ids = {} as Record<Key, number>;
const visitIds = {} as Record<"atRisk" | "other" | "sameDayAtRisk" | "stalled", number>;

/** A grant of the staff's prefecture whose one tranche is far in the future unless said otherwise. */
async function grant(over: Partial<GrantInput> = {}, user: SessionUser = f.staff): Promise<number> {
  const tranches = [{ plannedOn: day("2030-01-01"), amountCentimes: 30_000_000n, paidOn: null }];
  return (await createGrant(user, { ...f.base, tranches, ...over })).id;
}

/** A convention with one milestone releasing the grant's first tranche, signed on `signedOn` if given. */
async function convention(grantId: number, signedOn: Date | null, user: SessionUser = f.staff) {
  const tranche = await getDb().grantTranche.findFirstOrThrow({ where: { grantId, position: 1 } });
  await createConvention(user, grantId, {
    reference: `CONV-2024-${String(grantId).padStart(3, "0")}`, obligationsAr: "ا", obligationsFr: "O", resultsAr: "ن", resultsFr: "R",
    milestones: [{ labelAr: "مرحلة", labelFr: "Étape", dueOn: day("2025-12-01"), trancheId: tranche.id }],
  });
  if (signedOn) await signConvention(user, grantId, { signedOn, version: 1 });
}

async function visit(grantId: number, visitedOn: string, projectState: ProjectState = "ON_TRACK", user: SessionUser = f.staff): Promise<number> {
  const input: VisitInput = {
    visitedOn: day(visitedOn), visitors: "Division de l'action sociale", findings: "Constat.", projectState, milestoneId: null,
    jobs: null, jobsWomen: null, jobsYoung: null, members: null, annualRevenue: null, productionQuantity: null,
  };
  return (await createVisit(user, grantId, input, [])).id;
}

/** A call of `prefectureId` open since 1 June 2025 and closing at that Casablanca time. */
async function call(prefectureId: number, closesDate: string, closesTime = "16:00", status = "PUBLISHED"): Promise<number> {
  const { id } = await createCallFixture(prefectureId, { status });
  await getDb().callForProjects.update({ where: { id }, data: { opensAt: casablanca("2025-06-01", "09:00"), closesAt: casablanca(closesDate, closesTime) } });
  return id;
}

beforeAll(async () => {
  f = await setUpGrantFixtures();
  const prefectureId = f.staff.prefectureId;
  const otherPrefectureId = (await getDb().grant.findUniqueOrThrow({ where: { id: f.other.grantId } })).prefectureId;

  // 1. Tranches. Planned 1 May (45 days late), today (not late yet) and later; none paid.
  ids.plain = await grant({ tranches: [
    { plannedOn: day("2025-05-01"), amountCentimes: 10_000_000n, paidOn: null },
    { plannedOn: TODAY, amountCentimes: 10_000_000n, paidOn: null },
    { plannedOn: day("2025-07-01"), amountCentimes: 10_000_000n, paidOn: null },
  ] });
  ids.cancelled = await grant({ status: "CANCELLED", tranches: [{ plannedOn: day("2025-01-01"), amountCentimes: 10_000_000n, paidOn: null }] });
  ids.underConvention = await grant({ tranches: [{ plannedOn: day("2025-03-01"), amountCentimes: 20_000_000n, paidOn: null }] });
  await convention(ids.underConvention, day("2025-02-01"));

  // 2. Conventions and visits (the cutoff is 15 December 2024).
  ids.neverVisited = await grant();
  await convention(ids.neverVisited, day("2024-05-01"));
  ids.stale = await grant();
  await convention(ids.stale, day("2024-06-01"));
  await visit(ids.stale, "2024-11-15");
  ids.fresh = await grant();
  await convention(ids.fresh, day("2024-06-01"));
  await visit(ids.fresh, "2024-11-15");
  await visit(ids.fresh, "2025-05-15");
  ids.onCutoff = await grant();
  await convention(ids.onCutoff, day("2024-06-01"));
  await visit(ids.onCutoff, "2024-12-15");
  ids.recentlySigned = await grant();
  await convention(ids.recentlySigned, day("2025-01-10"));
  ids.unsigned = await grant();
  await convention(ids.unsigned, null);
  ids.completed = await grant({ status: "COMPLETED" });
  await convention(ids.completed, day("2024-06-01"));

  // 3. Latest visits.
  ids.atRisk = await grant();
  await visit(ids.atRisk, "2025-01-10", "ON_TRACK");
  visitIds.atRisk = await visit(ids.atRisk, "2025-04-01", "AT_RISK");
  ids.recovered = await grant();
  await visit(ids.recovered, "2025-01-10", "AT_RISK");
  await visit(ids.recovered, "2025-04-01", "ON_TRACK");
  ids.stalled = await grant();
  visitIds.stalled = await visit(ids.stalled, "2025-05-01", "STALLED");
  // Two visits on one day: the later record is the latest.
  ids.sameDayRecovered = await grant();
  await visit(ids.sameDayRecovered, "2025-03-01", "STALLED");
  await visit(ids.sameDayRecovered, "2025-03-01", "ON_TRACK");
  ids.sameDayAtRisk = await grant();
  await visit(ids.sameDayAtRisk, "2025-03-01", "ON_TRACK");
  visitIds.sameDayAtRisk = await visit(ids.sameDayAtRisk, "2025-03-01", "AT_RISK");
  ids.cancelledAtRisk = await grant({ status: "CANCELLED" });
  await visit(ids.cancelledAtRisk, "2025-04-01", "AT_RISK");

  // 4. Calls (today starts at 00:00 in Casablanca; 14 days on is 29 June).
  ids.callSoon = await call(prefectureId, "2025-06-20");
  ids.callLate = await call(prefectureId, "2025-07-15");
  ids.callClosed = await call(prefectureId, "2025-06-10");
  ids.callDraft = await call(prefectureId, "2025-06-20", "16:00", "DRAFT");
  ids.callLastDay = await call(prefectureId, "2025-06-29", "23:30");
  // 00:30 in Casablanca on 30 June is still 29 June in UTC: a day too far all the same.
  ids.callDayAfter = await call(prefectureId, "2025-06-30", "00:30");
  ids.callToday = await call(prefectureId, "2025-06-15", "10:00");

  // Another prefecture: an overdue tranche (the fixture's, planned 1 April 2024), a signed convention last
  // visited eight months ago, where the project was found at risk, and a call closing soon.
  await convention(f.other.grantId, day("2024-06-01"), f.national);
  visitIds.other = await visit(f.other.grantId, "2024-10-01", "AT_RISK", f.national);
  ids.otherCall = await call(otherPrefectureId, "2025-06-20");
});

const grantIds = <T extends { grantId: number }>(items: T[]) => items.map((i) => i.grantId);

describe("getNeedsAttention", () => {
  it("lists overdue unpaid tranches of grants not cancelled, the longest overdue first, linking to the convention when there is one", async () => {
    const { overdueTranches } = await getNeedsAttention(f.staff, "fr", TODAY);
    expect(overdueTranches.items).toEqual([
      expect.objectContaining({ grantId: ids.underConvention, href: `/admin/grants/${ids.underConvention}/convention`, position: 1, amountCentimes: 20_000_000n, daysOverdue: 106, grantTitle: "Équipements", cooperative: "Coopérative" }),
      expect.objectContaining({ grantId: ids.plain, href: `/admin/grants/${ids.plain}`, position: 1, amountCentimes: 10_000_000n, plannedOn: day("2025-05-01"), daysOverdue: 45 }),
    ]);
    expect(overdueTranches.total).toBe(2);
    const ar = await getNeedsAttention(f.staff, "ar", TODAY);
    expect(ar.overdueTranches.items[0]).toMatchObject({ grantTitle: "معدات", cooperative: "تعاونية" });
  });

  it("drops a tranche once it is paid", async () => {
    const version = (await getDb().grant.findUniqueOrThrow({ where: { id: ids.plain } })).version;
    await payGrantTranche(f.staff, ids.plain, { position: 1, paidOn: day("2025-05-02"), version });
    const { overdueTranches } = await getNeedsAttention(f.staff, "fr", TODAY);
    expect(grantIds(overdueTranches.items)).toEqual([ids.underConvention]);
    expect(overdueTranches.total).toBe(1);
  });

  it("lists signed conventions without a visit for six months: never visited first, then the oldest last visit", async () => {
    const { unvisitedConventions } = await getNeedsAttention(f.staff, "fr", TODAY);
    expect(unvisitedConventions.items).toEqual([
      expect.objectContaining({ grantId: ids.neverVisited, href: `/admin/grants/${ids.neverVisited}`, signedOn: day("2024-05-01"), lastVisitOn: null, reference: `CONV-2024-${String(ids.neverVisited).padStart(3, "0")}` }),
      expect.objectContaining({ grantId: ids.stale, href: `/admin/grants/${ids.stale}`, lastVisitOn: day("2024-11-15") }),
    ]);
    expect(unvisitedConventions.total).toBe(2);
  });

  it("lists grants whose latest visit found them at risk or stalled, stalled first, linking to that visit", async () => {
    const { projectsAtRisk } = await getNeedsAttention(f.staff, "fr", TODAY);
    expect(projectsAtRisk.items).toEqual([
      expect.objectContaining({ grantId: ids.stalled, visitId: visitIds.stalled, href: `/admin/visits/${visitIds.stalled}`, state: "STALLED", visitedOn: day("2025-05-01") }),
      expect.objectContaining({ grantId: ids.sameDayAtRisk, visitId: visitIds.sameDayAtRisk, state: "AT_RISK", visitedOn: day("2025-03-01") }),
      expect.objectContaining({ grantId: ids.atRisk, visitId: visitIds.atRisk, state: "AT_RISK", visitedOn: day("2025-04-01") }),
    ]);
    expect(projectsAtRisk.total).toBe(3);
  });

  it("lists published calls open now whose closing day in Morocco is at most 14 days away, the nearest first", async () => {
    const { closingCalls } = await getNeedsAttention(f.staff, "fr", TODAY);
    expect(closingCalls.items.map((c) => c.callId)).toEqual([ids.callToday, ids.callSoon, ids.callLastDay]);
    expect(closingCalls.items.map((c) => [c.daysLeft, c.href])).toEqual([[0, `/admin/calls/${ids.callToday}`], [5, `/admin/calls/${ids.callSoon}`], [14, `/admin/calls/${ids.callLastDay}`]]);
    expect(closingCalls.items[2]!.closesOn).toEqual(day("2025-06-29"));
    expect(closingCalls.total).toBe(3);
    // At noon the call that closed at ten is past.
    const noon = await getNeedsAttention(f.staff, "fr", TODAY, casablanca("2025-06-15", "12:00"));
    expect(noon.closingCalls.items.map((c) => c.callId)).toEqual([ids.callSoon, ids.callLastDay]);
  });

  it("caps each group and keeps the total", async () => {
    const extra: number[] = [];
    for (let i = 0; i < 11; i++) extra.push(await grant({ tranches: [{ plannedOn: day("2025-06-01"), amountCentimes: 1_000_000n, paidOn: null }] }));
    const { overdueTranches } = await getNeedsAttention(f.staff, "fr", TODAY);
    expect(overdueTranches.total).toBe(12);
    expect(overdueTranches.items).toHaveLength(10);
    expect(overdueTranches.items[0]!.grantId).toBe(ids.underConvention);
    expect(grantIds(overdueTranches.items).slice(1)).toEqual(extra.slice(0, 9));
    // Paid again, so the next test sees the earlier state.
    for (const id of extra) await payGrantTranche(f.staff, id, { position: 1, paidOn: day("2025-06-02"), version: 1 });
  });

  it("never shows another prefecture's records to a local user; a national user sees them", async () => {
    const local = await getNeedsAttention(f.staff, "fr", TODAY);
    const national = await getNeedsAttention(f.national, "fr", TODAY);
    expect(grantIds(local.overdueTranches.items)).not.toContain(f.other.grantId);
    expect(grantIds(local.unvisitedConventions.items)).not.toContain(f.other.grantId);
    expect(grantIds(local.projectsAtRisk.items)).not.toContain(f.other.grantId);
    expect(local.closingCalls.items.map((c) => c.callId)).not.toContain(ids.otherCall);

    expect(national.overdueTranches.items[0]).toMatchObject({ grantId: f.other.grantId, href: `/admin/grants/${f.other.grantId}/convention`, daysOverdue: 440 });
    expect(national.overdueTranches.total).toBe(local.overdueTranches.total + 1);
    expect(grantIds(national.unvisitedConventions.items)).toEqual([ids.neverVisited, f.other.grantId, ids.stale]);
    expect(national.projectsAtRisk.items.map((p) => p.visitId)).toEqual([visitIds.stalled, visitIds.other, visitIds.sameDayAtRisk, visitIds.atRisk]);
    expect(national.closingCalls.items.map((c) => c.callId)).toEqual([ids.callToday, ids.callSoon, ids.otherCall, ids.callLastDay]);
    expect(national.closingCalls.total).toBe(4);
  });
});
