// What the crash test reads from PostgreSQL itself, where SQLite's are file tricks (crash-import.ts) and
// PRAGMA integrity_check (scripts/reliability.ts):
// - the moment to kill: pg_stat_activity shows each session's transaction id once it has written
//   (backend_xid) and its latest statement. The import's bulk INSERT (lib/bulk-insert.ts, unqualified
//   `INSERT INTO "Cooperative" (`, where Prisma writes "public"."Cooperative" and the writers never create
//   cooperatives) identifies the import's write transaction; it is killed once that transaction has stayed
//   open KILL_AFTER_MS.
// - after the restart: no session of the killed server still open (a transaction left behind would hold
//   its locks), and amcheck's bt_index_check with heapallindexed (every heap row has its index entries,
//   every btree is ordered) on each index, when amcheck can be used: it needs a superuser to install, so
//   it is installed through the local `postgres` account when this runs as root beside a local server (CI,
//   scripts/postgres-local.sh), and is otherwise reported as not available rather than replaced.
// The server itself never crashes here (only the app is killed): PostgreSQL rolls the killed sessions back.
import { execFileSync } from "node:child_process";
import { sleep } from "./crash-import";
import { withPgClient } from "@/lib/testing/postgres";

export type IntegrityResult = { ok: boolean; text: string };

const KILL_AFTER_MS = Number(process.env.RELIABILITY_CRASH_AFTER_MS ?? 800);

const IMPORT_WRITING = `
  SELECT backend_xid::text AS xid FROM pg_stat_activity
  WHERE datname = current_database() AND backend_xid IS NOT NULL AND starts_with(query, 'INSERT INTO "Cooperative" (')`;

/** Waits for the middle of the import's write transaction; "" when the import finished first. */
export function waitForImportWriteOnPostgres(url: string, finished: () => boolean): Promise<string> {
  return withPgClient(url, async (client) => {
    const started = Date.now();
    let importXid: string | null = null;
    let since = 0;
    while (!finished() && Date.now() - started < 180_000) {
      await sleep(20);
      if (importXid === null) {
        importXid = (await client.query<{ xid: string }>(IMPORT_WRITING)).rows[0]?.xid ?? null;
        since = Date.now();
        continue;
      }
      const open = await client.query("SELECT 1 FROM pg_stat_activity WHERE backend_xid::text = $1", [importXid]);
      if (open.rowCount === 0) return ""; // committed (or failed) before the kill
      if (Date.now() - since >= KILL_AFTER_MS) return `${Date.now() - since} ms into the import's write transaction (xid ${importXid})`;
    }
    return "";
  });
}

const BTREE_INDEXES = `
  SELECT c.oid::regclass::text AS name FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_am am ON am.oid = c.relam
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE am.amname = 'btree' AND n.nspname = 'public' AND i.indisvalid AND i.indisready`;

/** Sessions opened before `since` still connected (the killed server's), waiting up to 10 s for them to go. */
async function sessionsLeft(url: string, since: Date): Promise<number> {
  return withPgClient(url, async (client) => {
    for (let waited = 0; ; waited += 250) {
      const { rows } = await client.query<{ n: string }>(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_start < $1 AND pid <> pg_backend_pid()",
        [since],
      );
      const left = Number(rows[0]!.n);
      if (left === 0 || waited >= 10_000) return left;
      await sleep(250);
    }
  });
}

/** amcheck on every btree index, as the local superuser; null when that is not possible here. */
function amcheck(url: string): { checked: number } | { error: string } | null {
  const u = new URL(url);
  const local = ["localhost", "127.0.0.1", "::1", "[::1]"].includes(u.hostname);
  if (!local || process.getuid?.() !== 0) return null;
  const database = decodeURIComponent(u.pathname.slice(1));
  // One (empty) line per index checked, then their count; an index that fails its check stops psql with the error.
  const sql = `CREATE EXTENSION IF NOT EXISTS amcheck;\nSELECT bt_index_check(name::regclass, true) FROM (${BTREE_INDEXES}) AS indexes;\nSELECT count(*) FROM (${BTREE_INDEXES}) AS indexes;`;
  try {
    const out = execFileSync("su", ["postgres", "-c", `psql -X -q -At -v ON_ERROR_STOP=1 -p ${u.port || 5432} -d "${database}"`], { input: sql, stdio: ["pipe", "pipe", "pipe"] });
    return { checked: Number(out.toString().trim().split("\n").at(-1)) };
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? "");
    // No local superuser (psql, su or the account missing): not available, not a failure of the database.
    if (/does not exist|not found|No such file|Authentication failure|could not connect/i.test(stderr)) return null;
    return { error: stderr.trim().split("\n").slice(0, 3).join(" ") || String(error) };
  }
}

/** The PostgreSQL counterpart of PRAGMA integrity_check, after a crash at `crashedAt`. */
export async function postgresIntegrity(url: string, crashedAt: Date): Promise<IntegrityResult> {
  const left = await sessionsLeft(url, crashedAt);
  const check = amcheck(url);
  const parts = [
    check === null ? "amcheck n/a" : "error" in check ? `amcheck: ${check.error}` : `amcheck ok (${check.checked} indexes)`,
    `${left} killed sessions left`,
  ];
  return { ok: left === 0 && (check === null || !("error" in check)), text: parts.join(", ") };
}
