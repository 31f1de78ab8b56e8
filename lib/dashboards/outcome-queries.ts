import "server-only";
// The outcomes under the dashboard's filters (definitions in outcome-types.ts), computed in the database:
// the grants the money figures count, each one's latest visit and latest measured indicators (kept per grant
// in GrantLatestVisit), joined to its baseline, grouped by commune x programme x latest state. A few hundred
// groups come back, whatever the number of grants; the reference turns them into zones and phases as for the
// money figures. Plain SQL that SQLite and PostgreSQL both run.
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { loadDashboardReference, nameIn, type DashboardReference, type Locale } from "@/lib/dashboards/dashboard-reference";
import { dashboardWhere, scopedPrefectureId, type DashboardWhere } from "@/lib/dashboards/dashboard-where";
import { conditionSql } from "@/lib/dashboards/funded-cooperatives";
import { outcomeFigures, overdueCutoff, type OutcomeGroup, type OutcomePlace } from "@/lib/dashboards/outcome-figures";
import { OUTCOME_INDICATORS, type OutcomeFigures, type OutcomeIndicator, type Outcomes } from "@/lib/dashboards/outcome-types";
import type { ProjectState } from "@/lib/visits/schema";
import { moroccoToday } from "@/lib/conventions/rules";
import type { Zone } from "@/lib/dashboards/types";

const ZONES: Zone[] = ["URBAN", "RURAL"];

/** `now` is for tests; the overdue cutoff is six months before today in Morocco. */
export async function getOutcomes(user: SessionUser, filters: DashboardFilters, locale: Locale, now = new Date()): Promise<Outcomes> {
  const prefectureId = scopedPrefectureId(user, filters);
  const ref = await loadDashboardReference(prefectureId);
  const today = moroccoToday(now);
  const overdueBefore = overdueCutoff(today);
  const groups = await loadOutcomeGroups(dashboardWhere(prefectureId, filters, ref), overdueBefore, ref);
  const figures = (keep: (p: OutcomePlace) => boolean) => outcomeFigures(groups, keep);
  const cells = Object.fromEntries(
    ZONES.map((zone) => [zone, Object.fromEntries(ref.phases.map((p) => [p.id, figures((g) => g.zone === zone && g.phaseId === p.id)]))]),
  ) as Record<Zone, Record<number, OutcomeFigures>>;
  return {
    today,
    overdueBefore,
    total: outcomeFigures(groups),
    byZone: ZONES.map((zone) => ({ key: zone, zone, label: zone, figures: figures((g) => g.zone === zone) })),
    byPhase: ref.phases.map((phase) => ({ key: String(phase.id), phaseId: phase.id, label: nameIn(locale, phase), figures: figures((g) => g.phaseId === phase.id) })),
    cells,
  };
}

type RawGroup = { communeId: unknown; programmeId: unknown; state: string | null; grants: unknown; overdue: unknown; measuredIndh: unknown } & Record<string, unknown>;

/**
 * Reads each grant's latest visit from GrantLatestVisit (lib/dashboards/latest-visit.ts keeps it with every
 * visit write): one row per visited grant, where ranking every visit took 0.4-0.6 s at 100,000 grants. Only
 * the visited grants are read here, joined to Grant for the filters; the grants never visited are counted
 * from GrantSummary (what the money figures read) minus the visited ones, per commune x programme.
 */
async function loadOutcomeGroups(filters: DashboardWhere, overdueBefore: Date, ref: DashboardReference): Promise<OutcomeGroup[]> {
  const raw = (sql: string) => Prisma.raw(sql);
  // A grant is measured for an indicator when it has a baseline and a latest value for it.
  const measured = (i: OutcomeIndicator) => `b."grantId" IS NOT NULL AND l."${i}" IS NOT NULL`;
  const sums = OUTCOME_INDICATORS.map((i) =>
    raw(
      `SUM(CASE WHEN ${measured(i)} THEN 1 ELSE 0 END) AS "${i}Measured", ` +
        `SUM(CASE WHEN ${measured(i)} THEN b."${i}" ELSE 0 END) AS "${i}Baseline", ` +
        `SUM(CASE WHEN ${measured(i)} THEN l."${i}" ELSE 0 END) AS "${i}Now"`,
    ),
  );
  const conditions = filters.counted.AND.map((c) => conditionSql("g", c));
  const where = conditions.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(conditions, " AND ");
  const [rows, all] = await Promise.all([
    getDb().$queryRaw<RawGroup[]>`
      SELECT g."communeId" AS "communeId", g."programmeId" AS "programmeId", l."projectState" AS "state",
        COUNT(*) AS "grants",
        SUM(CASE WHEN l."visitedOn" < ${overdueBefore} THEN 1 ELSE 0 END) AS "overdue",
        ${Prisma.join(sums, ", ")},
        CAST(COALESCE(SUM(CASE WHEN ${raw(measured("jobs"))} THEN g."indhContributionCentimes" ELSE 0 END), 0) AS TEXT) AS "measuredIndh"
      FROM "GrantLatestVisit" l
      JOIN "Grant" g ON g."id" = l."grantId"
      LEFT JOIN "GrantBaseline" b ON b."grantId" = g."id"
      WHERE ${where}
      GROUP BY g."communeId", g."programmeId", l."projectState"`,
    getDb().grantSummary.groupBy({ by: ["communeId", "programmeId"], where: filters.counted, _sum: { grantCount: true } }),
  ]);
  // The grants never visited: every counted grant of the commune x programme but the visited ones.
  const key = (communeId: unknown, programmeId: unknown) => `${Number(communeId)}:${Number(programmeId)}`;
  const visited = new Map<string, number>();
  for (const r of rows) visited.set(key(r.communeId, r.programmeId), (visited.get(key(r.communeId, r.programmeId)) ?? 0) + Number(r.grants));
  const neverVisited: RawGroup[] = all.flatMap((a) => {
    const grants = (a._sum.grantCount ?? 0) - (visited.get(key(a.communeId, a.programmeId)) ?? 0);
    return grants > 0 ? [{ communeId: a.communeId, programmeId: a.programmeId, state: null, grants, overdue: 0, measuredIndh: "0" }] : [];
  });
  // Counts come back as number or bigint depending on the provider; the money sum as exact text.
  const n = (value: unknown) => Number(value ?? 0);
  return [...rows, ...neverVisited].map((r) => {
    const communeId = n(r.communeId);
    const programmeId = n(r.programmeId);
    return {
      zone: ref.zoneOfCommune.get(communeId) ?? null,
      phaseId: ref.phaseOfProgramme.get(programmeId) ?? null,
      state: (r.state ?? null) as ProjectState | null,
      grants: n(r.grants),
      overdue: n(r.overdue),
      indicators: Object.fromEntries(
        OUTCOME_INDICATORS.map((i) => [i, { measured: n(r[`${i}Measured`]), baseline: n(r[`${i}Baseline`]), now: n(r[`${i}Now`]) }]),
      ) as OutcomeGroup["indicators"],
      measuredIndhCentimes: BigInt(String(r.measuredIndh ?? "0")),
    };
  });
}
