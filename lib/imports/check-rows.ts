// Loads what checking a file needs from the database (once, inside the caller's transaction), then checks
// the rows: the same call at preview and, again, at confirmation against the records as they are then.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportKind } from "@/lib/imports/columns";
import type { ImportRow } from "@/lib/imports/table";
import { loadReferenceIndex } from "@/lib/imports/reference-index";
import { checkCooperativeRows, type CooperativePlan, type ExistingCooperative } from "@/lib/imports/check-cooperatives";
import { checkGrantRows, type GrantPlan } from "@/lib/imports/check-grants";
import type { CheckedRows } from "@/lib/imports/outcome";
import type { GrantStatus } from "@/lib/grants/rules";

type Tx = Prisma.TransactionClient;

export type ImportPlan = { kind: "cooperatives"; plan: CooperativePlan } | { kind: "grants"; plan: GrantPlan };

export async function checkRows(tx: Tx, prefectureId: number, kind: ImportKind, rows: ImportRow[]): Promise<CheckedRows<ImportPlan>> {
  const ref = await loadReferenceIndex(tx, prefectureId);
  if (kind === "cooperatives") {
    const stored = await tx.cooperative.findMany({
      where: { prefectureId },
      select: {
        id: true, version: true, registerNumber: true, nameAr: true, nameFr: true, sectorId: true, communeId: true, placeId: true,
        foundedOn: true, members: true, womenMembers: true, youngMembers: true, contactName: true, contactPhone: true, contactEmail: true,
      },
    });
    const existing = new Map<string, ExistingCooperative>(stored.map((c) => [c.registerNumber, c]));
    const { outcomes, plan } = checkCooperativeRows(rows, ref, existing);
    return { outcomes, plan: { kind, plan } };
  }
  const [cooperatives, axes, grants] = await Promise.all([
    tx.cooperative.findMany({ where: { prefectureId }, select: { id: true, registerNumber: true, members: true, womenMembers: true, youngMembers: true } }),
    tx.axis.findMany({ select: { id: true, maxIndhSharePercent: true, maxIndhContributionCentimes: true, minWomenOrYouthMembersPercent: true } }),
    tx.grant.findMany({
      where: { prefectureId },
      select: {
        id: true, version: true, cooperativeId: true, programmeId: true, axisId: true, titleAr: true, titleFr: true, approvedOn: true,
        status: true, totalCostCentimes: true, indhContributionCentimes: true, beneficiaryContributionCentimes: true,
        partnerContributions: { select: { organisationId: true, amountCentimes: true }, orderBy: { id: "asc" } },
        tranches: { select: { plannedOn: true, amountCentimes: true, paidOn: true }, orderBy: { position: "asc" } },
      },
    }),
  ]);
  const { outcomes, plan } = checkGrantRows(rows, {
    ref,
    cooperatives: new Map(cooperatives.map((c) => [c.registerNumber, c])),
    axisRules: new Map(axes.map((a) => [a.id, a])),
    // Status is a plain string column; the grant rules only ever store one of GRANT_STATUSES.
    existing: grants.map((g) => ({ ...g, status: g.status as GrantStatus })),
  });
  return { outcomes, plan: { kind, plan } };
}
