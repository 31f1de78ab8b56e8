// The dashboard summaries, kept by increments in every grant write, against a rebuild from Grant
// (lib/dashboards/grant-summary.ts rebuildGrantSummaries). Any increment lost or doubled by concurrency or
// by a crash shows as a differing row. The rebuild runs inside a transaction that is then rolled back: a
// throwaway copy of the summaries that works the same on SQLite and PostgreSQL, and leaves the database as
// it was. Run it with the server stopped, so no write lands in between.
import type { PrismaClient } from "@/lib/db";
import { rebuildGrantSummaries } from "@/lib/dashboards/grant-summary";

const COMPARED: [table: string, columns: string][] = [
  ["GrantSummary", "*"],
  ["GrantSectorSummary", "*"],
  ["GrantCommuneSectorSummary", "*"],
  ["Cooperative", `"id", "countedGrants", "isFunded"`],
];

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

async function rowsOf(tx: Tx): Promise<Map<string, string[]>> {
  const tables = new Map<string, string[]>();
  for (const [table, columns] of COMPARED) {
    const rows = await tx.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT ${columns} FROM "${table}"`);
    tables.set(table, rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).sort());
  }
  return tables;
}

class RollBack extends Error {}

/** Rows that differ between the summaries as stored and as rebuilt, per table (empty when equal). */
export async function compareSummariesWithRebuild(db: PrismaClient): Promise<{ rows: number; differences: Record<string, number> }> {
  let stored = new Map<string, string[]>();
  let rebuilt = new Map<string, string[]>();
  await db
    .$transaction(
      async (tx) => {
        stored = await rowsOf(tx);
        await rebuildGrantSummaries(tx);
        rebuilt = await rowsOf(tx);
        throw new RollBack();
      },
      { timeout: 120_000 },
    )
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
  const differences: Record<string, number> = {};
  let rows = 0;
  for (const [table] of COMPARED) {
    const [a, b] = [stored.get(table)!, rebuilt.get(table)!];
    const [inA, inB] = [new Set(a), new Set(b)];
    rows += a.length;
    const differing = a.filter((r) => !inB.has(r)).length + b.filter((r) => !inA.has(r)).length;
    if (differing > 0) differences[table] = differing;
  }
  return { rows, differences };
}
