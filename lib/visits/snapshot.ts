// Two views of a stored visit and of a baseline: the audit snapshot (what history diffs) and the form
// values (what the edit form shows, and what a version conflict compares with what the user typed).
import { formatFormDate } from "@/lib/format/dates";
import { formatAmountInput } from "@/lib/format/money";
import { calendarDate } from "@/lib/grants/snapshot";

export const storedVisitSelect = {
  id: true, prefectureId: true, grantId: true, visitedOn: true, visitors: true, findings: true, projectState: true,
  milestoneId: true, jobs: true, jobsWomen: true, jobsYoung: true, members: true, annualRevenueCentimes: true,
  productionQuantity: true, version: true, milestone: { select: { position: true, labelAr: true, labelFr: true } },
} as const;

export type StoredVisit = {
  id: number; prefectureId: number; grantId: number; visitedOn: Date; visitors: string; findings: string; projectState: string;
  milestoneId: number | null; jobs: number | null; jobsWomen: number | null; jobsYoung: number | null; members: number | null;
  annualRevenueCentimes: bigint | null; productionQuantity: number | null; version: number;
  milestone: { position: number; labelAr: string; labelFr: string } | null;
};

export function visitAuditSnapshot(v: StoredVisit, photoCount: number): Record<string, unknown> {
  return {
    grantId: v.grantId,
    visitedOn: calendarDate(v.visitedOn),
    visitors: v.visitors,
    findings: v.findings,
    projectState: v.projectState,
    // The milestone as people read it in the history (its number and both labels), not its row id.
    milestone: v.milestone ? `${v.milestone.position}. ${v.milestone.labelAr} / ${v.milestone.labelFr}` : null,
    jobs: v.jobs,
    jobsWomen: v.jobsWomen,
    jobsYoung: v.jobsYoung,
    members: v.members,
    annualRevenueCentimes: v.annualRevenueCentimes,
    productionQuantity: v.productionQuantity,
    photos: photoCount,
    version: v.version,
  };
}

const count = (n: number | null) => (n === null ? "" : String(n));

export function visitFormValues(v: StoredVisit): Record<string, string> {
  return {
    visitedOn: formatFormDate(v.visitedOn),
    visitors: v.visitors,
    findings: v.findings,
    projectState: v.projectState,
    milestoneId: v.milestoneId === null ? "" : String(v.milestoneId),
    jobs: count(v.jobs),
    jobsWomen: count(v.jobsWomen),
    jobsYoung: count(v.jobsYoung),
    members: count(v.members),
    annualRevenue: v.annualRevenueCentimes === null ? "" : formatAmountInput(v.annualRevenueCentimes),
    productionQuantity: count(v.productionQuantity),
  };
}

export type StoredBaseline = {
  grantId: number; jobs: number; jobsWomen: number; jobsYoung: number; members: number; annualRevenueCentimes: bigint;
  productionQuantity: number; productionUnitAr: string; productionUnitFr: string; version: number;
};

export const storedBaselineSelect = {
  grantId: true, jobs: true, jobsWomen: true, jobsYoung: true, members: true, annualRevenueCentimes: true,
  productionQuantity: true, productionUnitAr: true, productionUnitFr: true, version: true,
} as const;

export function baselineAuditSnapshot(b: StoredBaseline): Record<string, unknown> {
  const { grantId: _grant, ...rest } = b;
  return rest;
}

export function baselineFormValues(b: StoredBaseline): Record<string, string> {
  return {
    jobs: String(b.jobs), jobsWomen: String(b.jobsWomen), jobsYoung: String(b.jobsYoung), members: String(b.members),
    annualRevenue: formatAmountInput(b.annualRevenueCentimes), productionQuantity: String(b.productionQuantity),
    productionUnitAr: b.productionUnitAr, productionUnitFr: b.productionUnitFr,
  };
}
