// The large import of the crash test: a file of valid new cooperatives, uploaded and confirmed over HTTP
// as a browser without JavaScript does, and the test of "entirely there or entirely absent" afterwards.
import fs from "node:fs";
import type { PrismaClient } from "@/lib/db";
import { COOPERATIVE_COLUMNS } from "@/lib/imports/columns";
import { csvFile } from "@/lib/imports/test-files";
import { findForm, getPage, type ActionIds, type Client } from "./http-forms";

// When to kill. The import's progress route cannot tell on SQLite: it reads the session from the database,
// and every query outside the import's transaction waits for its end (every poll is answered after it).
// So the moment is read from the database. SQLite (here): the rollback journal exists from the first write
// of a transaction to its commit; the writers' transactions last milliseconds, so a journal present for
// KILL_AFTER_MS is the import writing its rows. PostgreSQL: postgres-checks.ts, from pg_stat_activity.
const KILL_AFTER_MS = Number(process.env.RELIABILITY_CRASH_AFTER_MS ?? 800);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the middle of the import's write transaction on SQLite; "" when the import finished first. */
export async function waitForSqliteJournal(journalFile: string, finished: () => boolean): Promise<string> {
  const started = Date.now();
  let since: number | null = null;
  while (!finished() && Date.now() - started < 180_000) {
    await sleep(20);
    const present = fs.existsSync(journalFile);
    since = present ? (since ?? Date.now()) : null;
    if (since !== null && Date.now() - since >= KILL_AFTER_MS) return `${Date.now() - since} ms into the import's write transaction`;
  }
  return "";
}

function importFile(rows: number): Uint8Array {
  const data = Array.from({ length: rows }, (_, i) => {
    const reg = `REL-CRASH-${String(i + 1).padStart(5, "0")}`;
    return [reg, `تعاونية ${reg}`, `Coopérative ${reg}`, "Apiculture", "Al Manzla", "", "15/03/2020", "12", "7", "3", "", "", ""];
  });
  return csvFile([COOPERATIVE_COLUMNS.map((c) => c.fr), ...data]);
}

export async function upload(client: Client, rows: number): Promise<number> {
  const body = new FormData();
  body.set("kind", "cooperatives");
  body.set("file", new File([importFile(rows) as BlobPart], "crash.csv"));
  const response = await fetch(`${client.baseUrl}/fr/admin/imports/upload`, { method: "POST", body, headers: { cookie: client.cookie, origin: client.baseUrl }, redirect: "manual" });
  const id = /\/admin\/imports\/(\d+)$/.exec(response.headers.get("location") ?? "")?.[1];
  if (response.status !== 303 || !id) throw new Error(`upload: ${response.status} ${response.headers.get("location")}`);
  return Number(id);
}

export async function openConfirm(client: Client, batchId: number, actionIds: ActionIds) {
  const pathname = `/fr/admin/imports/${batchId}`;
  const form = findForm((await getPage(client, pathname)).html, actionIds.confirmImportAction!);
  if (!form) throw new Error(`${pathname}: no confirmation form`);
  return { pathname, form };
}

export type ImportState = "complete" | "absent" | "PARTIAL";

export async function importState(db: PrismaClient, batchId: number, rows: number): Promise<{ state: ImportState; detail: string }> {
  const batch = await db.importBatch.findUniqueOrThrow({ where: { id: batchId } });
  const cooperatives = await db.cooperative.count({ where: { registerNumber: { startsWith: "REL-CRASH-" } } });
  const rowAudits = await db.auditEntry.count({ where: { entityType: "Cooperative", action: "CREATE", reason: `Import: ${batch.fileName} (#${batchId})` } });
  const importAudits = await db.auditEntry.count({ where: { action: "IMPORT", entityType: "ImportBatch", entityId: String(batchId) } });
  const detail = `batch ${batch.status}, ${cooperatives} rows, ${rowAudits} row audit entries, ${importAudits} import entries`;
  if (batch.status === "IMPORTED" && cooperatives === rows && rowAudits === rows && importAudits === 1) return { state: "complete", detail };
  if (batch.status === "PREVIEWED" && cooperatives === 0 && rowAudits === 0 && importAudits === 0) return { state: "absent", detail };
  return { state: "PARTIAL", detail };
}

