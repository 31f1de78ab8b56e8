import "server-only";
import { getDb } from "@/lib/db";
import { getHeadlineFigures } from "@/lib/dashboards/queries";
import type { HeadlineFigures } from "@/lib/dashboards/types";
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
  const computed = await getHeadlineFigures({ prefectureId, period });
  if (computed.grants > 0) return { kind: "compared", period, computed };
  const prefecture = await getDb().prefecture.findUniqueOrThrow({ where: { id: prefectureId }, select: { nameAr: true, nameFr: true } });
  return { kind: "noRecords", period, prefecture };
}
