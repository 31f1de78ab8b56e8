// Writes the checked cooperative rows inside the import's transaction: new ones in batches (createMany),
// updates one by one with their version, each with its audit entry, as the form's mutations would.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditMany } from "@/lib/audit/mutations";
import { insertRows } from "@/lib/bulk-insert";
import type { AuditActor, AuditInput } from "@/lib/audit/types";
import { cooperativeSearchText } from "@/lib/search/search-text";
import { cooperativeFacts, refreshCooperativeGrantFacts } from "@/lib/dashboards/grant-facts";
import type { CooperativePlan } from "@/lib/imports/check-cooperatives";

type Tx = Prisma.TransactionClient;
export type WriteContext = { tx: Tx; actor: AuditActor; prefectureId: number; reason: string; progress: (rows: number) => Promise<void> };

export const BATCH = 500;

export function chunks<T>(items: T[], size = BATCH): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

export class ImportWriteConflictError extends Error {
  constructor() {
    super("A record changed while the import was being written.");
    this.name = "ImportWriteConflictError";
  }
}

export async function writeCooperatives({ tx, actor, prefectureId, reason, progress }: WriteContext, plan: CooperativePlan) {
  const audit = (action: "CREATE" | "UPDATE", entityId: number, before: Record<string, unknown> | null, after: Record<string, unknown>): AuditInput =>
    ({ actor, prefectureId, action, entityType: "Cooperative", entityId, before, after, reason });
  const now = new Date();
  for (const batch of chunks(plan.creates)) {
    const rows = batch.map(({ input }) => ({
      ...input, ...cooperativeFacts(input), prefectureId, searchText: cooperativeSearchText(input), createdAt: now, updatedAt: now,
    }));
    await insertRows(tx, "Cooperative", rows);
    // Only the new ids are read back (register numbers are unique in the prefecture): the audit entry
    // records the row as written.
    const ids = await tx.cooperative.findMany({ where: { prefectureId, registerNumber: { in: rows.map((r) => r.registerNumber) } }, select: { id: true, registerNumber: true } });
    const idOf = new Map(ids.map((c) => [c.registerNumber, c.id]));
    await recordAuditMany(tx, rows.map((row) => audit("CREATE", idOf.get(row.registerNumber)!, null, { id: idOf.get(row.registerNumber), ...row })));
    await progress(batch.length);
  }
  for (const batch of chunks(plan.updates)) {
    const entries: AuditInput[] = [];
    for (const { before, input } of batch) {
      const { count } = await tx.cooperative.updateMany({
        where: { id: before.id, version: before.version },
        data: { ...input, ...cooperativeFacts(input), searchText: cooperativeSearchText(input), version: { increment: 1 } },
      });
      if (count !== 1) throw new ImportWriteConflictError();
      const after = await tx.cooperative.findUniqueOrThrow({ where: { id: before.id } });
      // A move to another commune or sector takes the grants' dashboard facts and summaries with it.
      await refreshCooperativeGrantFacts(tx, before.id);
      entries.push(audit("UPDATE", before.id, before, after));
    }
    await recordAuditMany(tx, entries);
    await progress(batch.length);
  }
}
