import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { getDashboard } from "@/lib/dashboards/dashboard-queries";
import type { HeadlineFigures } from "@/lib/dashboards/types";
import { headlineOfDashboard } from "@/lib/dashboards/headline-of-dashboard";
import type { YearPeriod } from "@/lib/dashboards/period";
import type { ReportedFigures } from "@/lib/reconciliation/compare";

/**
 * What the reported figures of one presentation can be compared with:
 * - noPeriod: the presenter stated no period, so there is no scope to compute anything for;
 * - noRecords: the event's prefecture holds no counted grant in that period. Zeros would then read as
 *   contradictions of everything the presenter said, when they only mean the records were never entered;
 * - compared: the figures computed from that prefecture's records for that period, and nothing else.
 */
export type Reconciliation =
  | { kind: "noPeriod" }
  | { kind: "noRecords"; period: YearPeriod; prefecture: { nameAr: string; nameFr: string } }
  | { kind: "compared"; period: YearPeriod; computed: HeadlineFigures };

export function reportedPeriod(r: ReportedFigures): YearPeriod | null {
  return r.periodStartYear !== null && r.periodEndYear !== null ? { fromYear: r.periodStartYear, toYear: r.periodEndYear } : null;
}

/** Reconciles with the records of the event's own prefecture or province, over the reported period only. */
export async function reconcileWithRecords(prefectureId: number, reported: ReportedFigures): Promise<Reconciliation> {
  const period = reportedPeriod(reported);
  if (!period) return { kind: "noPeriod" };
  const computed = await headlineFromSummaries(prefectureId, period);
  if (computed.grants > 0) return { kind: "compared", period, computed };
  const prefecture = await getDb().prefecture.findUniqueOrThrow({ where: { id: prefectureId }, select: { nameAr: true, nameFr: true } });
  return { kind: "noRecords", period, prefecture };
}

// Reads aggregates only, for one prefecture chosen by the caller (the event's), like the public results' reader.
const READER: SessionUser = { id: 0, email: "reconciliation", name: "reconciliation", role: "MANAGER", isNational: true, prefectureId: 0 };

/**
 * The headline figures (lib/dashboards/queries.ts computes them from Grant, the tests' reference) from the
 * dashboard's summaries: every dashboard page reconciles the reported presentations, and aggregating a large
 * prefecture's grants from Grant took 0.8 s at 1,000,000 grants (bench:national). The integration test checks
 * both ways give the same figures.
 */
async function headlineFromSummaries(prefectureId: number, period: YearPeriod): Promise<HeadlineFigures> {
  const [d, demo] = await Promise.all([
    getDashboard(READER, { prefectureId, fromYear: period.fromYear, toYear: period.toYear }, "fr"),
    // As the headline: demo data among the counted grants (the dashboard's flag also looks at cancelled ones).
    getDb().grantSummary.findFirst({
      where: { prefectureId, approvalYear: { gte: period.fromYear, lte: period.toYear }, isDemo: true, status: { not: "CANCELLED" } },
      select: { grantCount: true },
    }),
  ]);
  return headlineOfDashboard(d, demo !== null);
}
