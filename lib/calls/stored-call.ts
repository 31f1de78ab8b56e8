// What a write reads back of a call: the form values on a conflict, the audit snapshots and the lock checks
// all come from this one shape, so the trail shows the same fields the form edits.
import { centimesToDecimalString } from "@/lib/format/money";
import { utcToZonedParts } from "@/lib/events/casablanca-time";

export const storedCallSelect = {
  id: true, prefectureId: true, programmeId: true, slug: true, reference: true, titleAr: true, titleFr: true,
  textAr: true, textFr: true, opensAt: true, closesAt: true, envelopeCentimes: true, status: true,
  publishedAt: true, resultsPublic: true, version: true,
  axes: { select: { axisId: true, axis: { select: { code: true } } }, orderBy: { axisId: "asc" } },
  requiredDocuments: { select: { position: true, labelAr: true, labelFr: true }, orderBy: { position: "asc" } },
  criteria: { select: { position: true, labelAr: true, labelFr: true, weight: true }, orderBy: { position: "asc" } },
  _count: { select: { applications: true } },
} as const;

export type StoredCall = {
  id: number; prefectureId: number; programmeId: number; slug: string; reference: string; titleAr: string; titleFr: string;
  textAr: string; textFr: string; opensAt: Date; closesAt: Date; envelopeCentimes: bigint; status: string;
  publishedAt: Date | null; resultsPublic: boolean; version: number;
  axes: { axisId: number; axis: { code: string } }[];
  requiredDocuments: { position: number; labelAr: string; labelFr: string }[];
  criteria: { position: number; labelAr: string; labelFr: string; weight: number }[];
  _count: { applications: number };
};

/**
 * The record for the audit trail: lists as one readable text each (the trail compares and shows them as
 * text), axes by their code, the application count left out (not edited).
 */
export function auditSnapshot(call: StoredCall): Record<string, unknown> {
  const { _count, axes, requiredDocuments, criteria, ...fields } = call;
  void _count;
  return {
    ...fields,
    axes: axes.map((a) => a.axis.code).join(", "),
    requiredDocuments: requiredDocuments.map((d) => `${d.position}. ${d.labelAr} / ${d.labelFr}`).join("\n"),
    criteria: criteria.map((c) => `${c.position}. ${c.labelAr} / ${c.labelFr}: ${c.weight}`).join("\n"),
  };
}

/** Whole dirhams without ".00", as staff type them; parseDirhamsToCentimes reads both. */
function amountText(centimes: bigint): string {
  const decimal = centimesToDecimalString(centimes);
  return decimal.endsWith(".00") ? decimal.slice(0, -3) : decimal;
}

const dayFirst = (isoDay: string) => isoDay.split("-").reverse().join("/");

/** The edit form's strings; a version conflict compares "theirs" and "yours" in these same words. */
export function toFormValues(call: StoredCall): Record<string, string> {
  const opens = utcToZonedParts(call.opensAt);
  const closes = utcToZonedParts(call.closesAt);
  const values: Record<string, string> = {
    reference: call.reference, titleAr: call.titleAr, titleFr: call.titleFr, textAr: call.textAr, textFr: call.textFr,
    programmeId: String(call.programmeId), opensAtDate: dayFirst(opens.date), opensAtTime: opens.time,
    closesAtDate: dayFirst(closes.date), closesAtTime: closes.time, envelope: amountText(call.envelopeCentimes),
  };
  call.axes.forEach((a, i) => (values[`axes.${i}`] = String(a.axisId)));
  call.requiredDocuments.forEach((d, i) => {
    values[`documents.${i}.labelAr`] = d.labelAr;
    values[`documents.${i}.labelFr`] = d.labelFr;
  });
  call.criteria.forEach((c, i) => {
    values[`criteria.${i}.labelAr`] = c.labelAr;
    values[`criteria.${i}.labelFr`] = c.labelFr;
    values[`criteria.${i}.weight`] = String(c.weight);
  });
  return values;
}
