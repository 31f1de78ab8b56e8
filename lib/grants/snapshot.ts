// Two views of a stored grant: the audit snapshot (what history diffs) and the form values (what the edit
// form shows and what a version conflict compares field by field with what the user typed).
import { formatAmountInput } from "@/lib/format/money";
import { formatFormDate } from "@/lib/format/dates";
import type { StoredGrant } from "@/lib/grants/types";

/** Calendar dates are stored at UTC midnight: "YYYY-MM-DD" is their exact text. */
export const calendarDate = (date: Date) => date.toISOString().slice(0, 10);

/** Scalar fields plus partner and tranche rows, so history shows what changed in the rows too. */
export function auditSnapshot(grant: StoredGrant): Record<string, unknown> {
  return {
    cooperativeId: grant.cooperativeId,
    programmeId: grant.programmeId,
    axisId: grant.axisId,
    titleAr: grant.titleAr,
    titleFr: grant.titleFr,
    approvedOn: calendarDate(grant.approvedOn),
    status: grant.status,
    totalCostCentimes: grant.totalCostCentimes,
    indhContributionCentimes: grant.indhContributionCentimes,
    beneficiaryContributionCentimes: grant.beneficiaryContributionCentimes,
    acknowledgedWarnings: grant.acknowledgedWarnings,
    acknowledgedById: grant.acknowledgedById,
    acknowledgedAt: grant.acknowledgedAt,
    isDemo: grant.isDemo,
    version: grant.version,
    partnerContributions: grant.partnerContributions.map((p) => ({ organisationId: p.organisationId, amountCentimes: p.amountCentimes })),
    tranches: grant.tranches.map((t) => ({
      position: t.position,
      plannedOn: calendarDate(t.plannedOn),
      amountCentimes: t.amountCentimes,
      paidOn: t.paidOn ? calendarDate(t.paidOn) : null,
    })),
  };
}

/** The stored grant as the strings the form shows and submits ("849.300,00", "15/03/2024", "tranches.0.amount"). */
export function toFormValues(grant: StoredGrant): Record<string, string> {
  const values: Record<string, string> = {
    cooperativeId: String(grant.cooperativeId),
    programmeId: String(grant.programmeId),
    axisId: grant.axisId === null ? "" : String(grant.axisId),
    titleAr: grant.titleAr,
    titleFr: grant.titleFr,
    approvedOn: formatFormDate(grant.approvedOn),
    status: grant.status,
    totalCost: formatAmountInput(grant.totalCostCentimes),
    indhContribution: formatAmountInput(grant.indhContributionCentimes),
    beneficiaryContribution: formatAmountInput(grant.beneficiaryContributionCentimes),
  };
  grant.partnerContributions.forEach((p, i) => {
    values[`partnerContributions.${i}.organisationId`] = String(p.organisationId);
    values[`partnerContributions.${i}.amount`] = formatAmountInput(p.amountCentimes);
  });
  grant.tranches.forEach((t, i) => {
    values[`tranches.${i}.plannedOn`] = formatFormDate(t.plannedOn);
    values[`tranches.${i}.amount`] = formatAmountInput(t.amountCentimes);
    values[`tranches.${i}.paidOn`] = t.paidOn ? formatFormDate(t.paidOn) : "";
  });
  return values;
}
