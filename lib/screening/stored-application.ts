// What a screening reads of an application: the facts its rules need, its required documents and what was
// attached, the checklist and the decision. The live rules and the audit snapshot both come from this one
// shape, so what is shown, stored and traced is the same.
import type { EligibilityRules } from "@/lib/grants/eligibility";
import { searchTextOf } from "@/lib/search/fold";
import { evaluateEligibility, type EligibilityResult } from "@/lib/screening/rules";

const axisRules = { maxIndhSharePercent: true, maxIndhContributionCentimes: true, minWomenOrYouthMembersPercent: true } as const;

export const screeningSelect = {
  id: true, prefectureId: true, status: true, version: true, screeningReason: true, screenedAt: true, screenedById: true,
  receiptCode: true, applicantRegisterNumber: true, applicantNameAr: true, applicantNameFr: true,
  members: true, womenMembers: true, youngMembers: true, totalCostCentimes: true, requestedIndhCentimes: true,
  axis: { select: axisRules },
  call: { select: { axes: { select: { axis: { select: axisRules } } }, requiredDocuments: { select: { id: true, position: true, labelAr: true, labelFr: true }, orderBy: { position: "asc" as const } } } },
  documents: { select: { requiredDocumentId: true } },
  documentChecks: { select: { requiredDocumentId: true, isValid: true, note: true } },
  _count: { select: { agendaItems: true } },
} as const;

export type ScreenedApplication = {
  id: number; prefectureId: number; status: string; version: number; screeningReason: string | null; screenedAt: Date | null; screenedById: number | null;
  receiptCode: string; applicantRegisterNumber: string; applicantNameAr: string; applicantNameFr: string;
  members: number; womenMembers: number; youngMembers: number; totalCostCentimes: bigint; requestedIndhCentimes: bigint;
  axis: EligibilityRules | null;
  call: { axes: { axis: EligibilityRules }[]; requiredDocuments: { id: number; position: number; labelAr: string; labelFr: string }[] };
  documents: { requiredDocumentId: number | null }[];
  documentChecks: { requiredDocumentId: number; isValid: boolean; note: string | null }[];
  _count: { agendaItems: number };
};

/** Statuses a screening may still change; the committee's decisions and a withdrawal close it. */
export const SCREENABLE_STATUSES = ["RECEIVED", "ELIGIBLE", "INELIGIBLE"];

/**
 * The axis whose thresholds apply: the one the applicant chose, else the call's only axis. A call open to
 * several axes with none chosen has no thresholds to apply, and only completeness is checked.
 */
export function applicableRules(a: ScreenedApplication): EligibilityRules | null {
  return a.axis ?? (a.call.axes.length === 1 ? a.call.axes[0]!.axis : null);
}

export function liveEligibility(a: ScreenedApplication): EligibilityResult[] {
  const attached = new Set(a.documents.map((d) => d.requiredDocumentId));
  return evaluateEligibility(
    applicableRules(a),
    { totalCostCentimes: a.totalCostCentimes, indhContributionCentimes: a.requestedIndhCentimes, members: a.members, womenMembers: a.womenMembers, youngMembers: a.youngMembers },
    a.call.requiredDocuments.map((d) => ({ id: d.id, labelAr: d.labelAr, labelFr: d.labelFr, present: attached.has(d.id) })),
  );
}

/** The trail's view of a screening: the decision and the checklist in words a reader can follow. */
export function screeningSnapshot(a: ScreenedApplication) {
  const labels = new Map(a.call.requiredDocuments.map((d) => [d.id, `${d.position}. ${d.labelFr}`]));
  return {
    status: a.status,
    screeningReason: a.screeningReason,
    screenedAt: a.screenedAt,
    screenedById: a.screenedById,
    documentChecks: a.documentChecks
      .map((c) => `${labels.get(c.requiredDocumentId) ?? c.requiredDocumentId}: ${c.isValid ? "✓" : "✗"}${c.note ? ` (${c.note})` : ""}`)
      .sort()
      .join("; "),
  };
}

/** The application's search text, from the fields the list is searched by (receipt code, register number, names). */
export const applicationSearchText = (a: { receiptCode: string; applicantRegisterNumber: string; applicantNameAr: string; applicantNameFr: string }) =>
  searchTextOf(a.receiptCode, a.applicantRegisterNumber, a.applicantNameAr, a.applicantNameFr);
