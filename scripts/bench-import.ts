// A 10,000-row cooperative CSV through the real import (lib/imports/mutations.ts): preview, then confirm, on a
// fresh SQLite file seeded as on a first start, as the demo STAFF account. Run with
// `tsx --conditions=react-server` (lib/ imports "server-only"); `npm run bench` does.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { seedAll } from "@/prisma/seed/seed-all";
import { createTestUser } from "@/lib/testing/test-user";
import { confirmImport, previewImport } from "@/lib/imports/mutations";
import { COOPERATIVE_COLUMNS } from "@/lib/imports/columns";
import { csvFile } from "@/lib/imports/test-files";
import { machineDescription, today, writeBenchSection } from "./bench-markdown";

const ROWS = 10_000;
const file = path.resolve(".tmp/bench-import.db");
fs.mkdirSync(path.dirname(file), { recursive: true });
for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
process.env.DATABASE_URL = `file:${file}`; // before the first getDb()

// The same rows as lib/imports/import.int.test.ts: two communes, two sectors, every row new.
// registerNumber, nameAr, nameFr, sector, commune, place, foundedOn, members, women, young, contact, phone, email
const row = (i: number) => [
  `BULK-${i}`, `تعاونية ${i}`, `Coopérative ${i}`, i % 3 ? "Apiculture" : "Artisanat", i % 2 ? "Al Manzla" : "Tanger",
  "", "15/03/2020", "12", "7", "3", "", "", "",
];

const seconds = (start: number) => (performance.now() - start) / 1000;

async function main() {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: process.env, stdio: "pipe" });
  const db = getDb();
  const { prefectureId } = await seedAll(db, { demo: true });
  const { user: staff } = await createTestUser(db, { role: "STAFF", prefectureId });
  const bytes = csvFile([COOPERATIVE_COLUMNS.map((c) => c.fr), ...Array.from({ length: ROWS }, (_, i) => row(i + 1))], ";");
  const before = await db.cooperative.count();

  let start = performance.now();
  const preview = await previewImport(staff, "cooperatives", "bench.csv", bytes);
  const previewS = seconds(start);
  if (!preview.ok) throw new Error(`preview refused: ${JSON.stringify(preview.problem)}`);
  const batch = await db.importBatch.findUniqueOrThrow({ where: { id: preview.batchId } });
  if (batch.newRows !== ROWS) throw new Error(`preview found ${batch.newRows} new rows, not ${ROWS}`);
  start = performance.now();
  await confirmImport(staff, preview.batchId, false);
  const confirmS = seconds(start);
  const written = (await db.cooperative.count()) - before;
  await db.$disconnect();
  if (written !== ROWS) throw new Error(`confirm wrote ${written} cooperatives, not ${ROWS}`);

  console.log(`Import of ${ROWS} cooperative rows (${(bytes.length / 1e6).toFixed(1)} MB CSV): preview ${previewS.toFixed(2)} s, confirm ${confirmS.toFixed(2)} s (no target set by the issue)`);
  writeBenchSection("import", `## Import of 10,000 rows (\`npm run bench\`)

Written by scripts/bench-import.ts on ${today()}.
Machine: ${machineDescription()}.

A ${ROWS}-row cooperative CSV (${(bytes.length / 1e6).toFixed(1)} MB, French headers, every row new) through
lib/imports/mutations.ts as the demo STAFF account, on a fresh SQLite file seeded as on a first start.
Preview reads and checks every row and stores the outcomes; confirm checks them again and writes all rows,
their audit entries and the import's in one transaction.

| step | seconds |
|---|---|
| preview (previewImport) | ${previewS.toFixed(2)} |
| confirm (confirmImport, ${written} cooperatives written) | ${confirmS.toFixed(2)} |

The issue sets no target for the import; the file limit is 20,000 rows.
`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
