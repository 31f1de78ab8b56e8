// Run by the grant-conflict spec (through tsx, on the e2e database): marks one seeded grant and its
// cooperative as real records, since demonstration grants can never be published as open data and the
// spec needs a grant an administrator may publish. Idempotent.
import { getDb } from "@/lib/db";
import { rebuildGrantSummaries } from "@/lib/dashboards/grant-summary";

async function main() {
  const id = Number(process.argv[2]);
  if (!Number.isSafeInteger(id) || id < 1) throw new Error(`usage: real-grant.ts <grant id>, got ${process.argv[2]}`);
  const db = getDb();
  await db.$transaction(async (tx) => {
    const grant = await tx.grant.update({ where: { id }, data: { isDemo: false }, select: { cooperativeId: true } });
    await tx.cooperative.update({ where: { id: grant.cooperativeId }, data: { isDemo: false } });
    // The dashboard summaries are keyed by isDemo: a write beside the mutations rebuilds them.
    await rebuildGrantSummaries(tx);
  });
  await db.$disconnect();
}

void main();
