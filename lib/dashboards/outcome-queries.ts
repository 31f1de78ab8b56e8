import "server-only";
// The outcomes under the dashboard's filters (definitions in outcome-types.ts), computed in the database
// by one query: the grants the money figures count, each one's latest visit overall and latest visit that
// measured each indicator (one ROW_NUMBER window over Visit's (grantId, visitedOn) index), joined to its
// baseline, then grouped by commune x programme x latest state. A few hundred groups come back, whatever
// the number of grants; the reference turns them into zones and phases as for the money figures.
// Plain SQL that SQLite (3.25+ has window functions) and PostgreSQL both run.
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { loadDashboardReference, nameIn, type DashboardReference, type Locale } from "@/lib/dashboards/dashboard-reference";
import { dashboardWhere, scopedPrefectureId } from "@/lib/dashboards/dashboard-where";
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
  const groups = await loadOutcomeGroups(dashboardWhere(prefectureId, filters, ref).counted.AND.map((c) => conditionSql("g", c)), overdueBefore, ref);
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

const COLUMN: Record<OutcomeIndicator, string> = { jobs: "jobs", jobsWomen: "jobsWomen", jobsYoung: "jobsYoung" };
/**
 * Each grant's visits are ranked once, latest first (visitedOn, then id). The latest visit that measured an
 * indicator is then its lowest rank with a value, and that value rides along in one number: rank x RANK_UNIT
 * + value, whose minimum gives both (indicators are Int columns, 0 or more: always below RANK_UNIT; 2^63 leaves
 * room for 900 million visits per grant). One sort instead of one per indicator halves the time at 100,000
 * grants and 250,000 visits (about 0.6 s on PostgreSQL, 1 s on SQLite on a 2-core machine, against 1.3 and
 * 2.5 s with four windows).
 */
const RANK_UNIT = 10_000_000_000;

type RawGroup = { communeId: unknown; programmeId: unknown; state: string | null; grants: unknown; overdue: unknown; measuredIndh: unknown } & Record<string, unknown>;

async function loadOutcomeGroups(grantConditions: Prisma.Sql[], overdueBefore: Date, ref: DashboardReference): Promise<OutcomeGroup[]> {
  const raw = (sql: string) => Prisma.raw(sql);
  const latest = OUTCOME_INDICATORS.map((i) =>
    raw(`CAST(MIN(CASE WHEN "${COLUMN[i]}" IS NOT NULL THEN "rank" * ${RANK_UNIT} + "${COLUMN[i]}" END) % ${RANK_UNIT} AS INTEGER) AS "${i}"`),
  );
  // A grant is measured for an indicator when it has a baseline and a latest value for it.
  const measured = (i: OutcomeIndicator) => `b."grantId" IS NOT NULL AND l."${i}" IS NOT NULL`;
  const sums = OUTCOME_INDICATORS.map((i) =>
    raw(
      `SUM(CASE WHEN ${measured(i)} THEN 1 ELSE 0 END) AS "${i}Measured", ` +
        `SUM(CASE WHEN ${measured(i)} THEN b."${COLUMN[i]}" ELSE 0 END) AS "${i}Baseline", ` +
        `SUM(CASE WHEN ${measured(i)} THEN l."${i}" ELSE 0 END) AS "${i}Now"`,
    ),
  );
  // The grant conditions are written out twice rather than in a shared CTE: PostgreSQL materialises a CTE
  // used twice and then misjudges its size (and compiles the query with JIT, 0.7 s on its own).
  const where = grantConditions.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(grantConditions, " AND ");
  const rows = await getDb().$queryRaw<RawGroup[]>`
    WITH ranked AS (
      SELECT v."grantId", v."visitedOn", v."projectState", v."jobs", v."jobsWomen", v."jobsYoung",
        ROW_NUMBER() OVER (PARTITION BY v."grantId" ORDER BY v."visitedOn" DESC, v."id" DESC) AS "rank"
      FROM "Visit" v JOIN "Grant" g ON g."id" = v."grantId"
      WHERE ${where}
    ),
    latest AS (
      SELECT "grantId",
        MAX(CASE WHEN "rank" = 1 THEN "projectState" END) AS "state",
        MAX(CASE WHEN "rank" = 1 AND "visitedOn" < ${overdueBefore} THEN 1 ELSE 0 END) AS "overdue",
        ${Prisma.join(latest, ", ")}
      FROM ranked GROUP BY "grantId"
    )
    SELECT g."communeId" AS "communeId", g."programmeId" AS "programmeId", l."state" AS "state",
      COUNT(*) AS "grants",
      SUM(CASE WHEN l."overdue" = 1 THEN 1 ELSE 0 END) AS "overdue",
      ${Prisma.join(sums, ", ")},
      CAST(COALESCE(SUM(CASE WHEN ${raw(measured("jobs"))} THEN g."indhContributionCentimes" ELSE 0 END), 0) AS TEXT) AS "measuredIndh"
    FROM "Grant" g
    LEFT JOIN latest l ON l."grantId" = g."id"
    LEFT JOIN "GrantBaseline" b ON b."grantId" = g."id"
    WHERE ${where}
    GROUP BY g."communeId", g."programmeId", l."state"`;
  // Counts come back as number or bigint depending on the provider; the money sum as exact text.
  const n = (value: unknown) => Number(value ?? 0);
  return rows.map((r) => {
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
