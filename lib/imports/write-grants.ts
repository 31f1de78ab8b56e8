// Writes the checked grant rows inside the import's transaction, with their partner contributions,
// dashboard facts, acknowledged warnings and audit entries. The summaries are recomputed once at the end
// (rebuildGrantSummaries) rather than row by row: one statement per summary instead of thousands.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditMany } from "@/lib/audit/mutations";
import { insertRows } from "@/lib/bulk-insert";
import type { AuditInput } from "@/lib/audit/types";
import { grantSearchText } from "@/lib/search/search-text";
import { grantFacts } from "@/lib/dashboards/grant-facts";
import { rebuildGrantSummaries } from "@/lib/dashboards/grant-summary";
import { calendarDate } from "@/lib/grants/snapshot";
import type { GrantInput } from "@/lib/grants/types";
import { grantKey, type GrantPlan } from "@/lib/imports/check-grants";
import { chunks, ImportWriteConflictError, type WriteContext } from "@/lib/imports/write-cooperatives";

type Acknowledged = { userId: number | null; at: Date; warningsByLine: Map<number, string[]> };

export async function writeGrants(ctx: WriteContext, plan: GrantPlan, acknowledged: Acknowledged) {
  const { tx, actor, prefectureId, reason, progress } = ctx;
  const cooperativeIds = [...new Set([...plan.creates, ...plan.updates].map((r) => r.input.cooperativeId))];
  const places = new Map(
    (await tx.cooperative.findMany({ where: { id: { in: cooperativeIds } }, select: { id: true, communeId: true, sectorId: true } }))
      .map((c) => [c.id, c]),
  );
  const columns = (line: number, input: GrantInput) => {
    const warnings = acknowledged.warningsByLine.get(line) ?? [];
    return {
      cooperativeId: input.cooperativeId, programmeId: input.programmeId, axisId: input.axisId, titleAr: input.titleAr, titleFr: input.titleFr,
      approvedOn: input.approvedOn, status: input.status, totalCostCentimes: input.totalCostCentimes,
      indhContributionCentimes: input.indhContributionCentimes, beneficiaryContributionCentimes: input.beneficiaryContributionCentimes,
      searchText: grantSearchText(input), prefectureId,
      ...grantFacts(input, places.get(input.cooperativeId)!),
      acknowledgedWarnings: warnings.length > 0 ? warnings.join(",") : null,
      acknowledgedById: warnings.length > 0 ? acknowledged.userId : null,
      acknowledgedAt: warnings.length > 0 ? acknowledged.at : null,
    };
  };
  const snapshot = (input: GrantInput) => ({
    ...input, approvedOn: calendarDate(input.approvedOn), acknowledgedWarnings: undefined,
    tranches: input.tranches.map((t) => ({ ...t, plannedOn: calendarDate(t.plannedOn), paidOn: t.paidOn ? calendarDate(t.paidOn) : null })),
  });
  const audit = (action: "CREATE" | "UPDATE", entityId: number, before: GrantInput | null, after: GrantInput): AuditInput =>
    ({ actor, prefectureId, action, entityType: "Grant", entityId, before: before && snapshot(before), after: snapshot(after), reason });

  const now = new Date();
  for (const batch of chunks(plan.creates)) {
    await insertRows(tx, "Grant", batch.map(({ line, input }) => ({ ...columns(line, input), createdAt: now, updatedAt: now })));
    // Read back the new ids, matched by their key (unique in the file, and new: no stored grant has it).
    const created = await tx.grant.findMany({
      where: { cooperativeId: { in: [...new Set(batch.map((r) => r.input.cooperativeId))] }, approvedOn: { in: batch.map((r) => r.input.approvedOn) } },
      select: { id: true, cooperativeId: true, approvedOn: true, titleFr: true },
    });
    const idOf = new Map(created.map((g) => [grantKey(g.cooperativeId, g.approvedOn, g.titleFr), g.id]));
    const withIds = batch.map((row) => ({ ...row, id: idOf.get(grantKey(row.input.cooperativeId, row.input.approvedOn, row.input.titleFr))! }));
    await insertRows(tx, "GrantPartnerContribution", withIds.flatMap(({ id, input }) => input.partnerContributions.map((p) => ({ grantId: id, ...p }))));
    await recordAuditMany(tx, withIds.map(({ id, input }) => audit("CREATE", id, null, input)));
    await progress(batch.length);
  }
  for (const batch of chunks(plan.updates)) {
    for (const { line, before, input } of batch) {
      const { count } = await tx.grant.updateMany({
        where: { id: before.id, version: before.version },
        data: { ...columns(line, input), version: { increment: 1 } },
      });
      if (count !== 1) throw new ImportWriteConflictError();
      await tx.grantPartnerContribution.deleteMany({ where: { grantId: before.id } });
      await tx.grantPartnerContribution.createMany({ data: input.partnerContributions.map((p) => ({ grantId: before.id, ...p })) });
    }
    await recordAuditMany(tx, batch.map(({ before, input }) => audit("UPDATE", before.id, before, input)));
    await progress(batch.length);
  }
  await rebuildGrantSummaries(tx);
}
