import "server-only";
/**
 * On SQLite, writes made by another process to the same file (a command-line script, a restore, a test's
 * fixture) never pass through this process's adapter (./watch-writes.ts). SQLite tells them apart itself:
 * `PRAGMA data_version` changes on a connection when another connection committed. Checked before figures
 * are served from memory; one statement on the app's single connection, microseconds. On PostgreSQL every
 * instance tells the others what it wrote (lib/cluster); a write made outside the app (psql) is seen within
 * the memo's maximum age.
 */
import { dbProvider, getDb } from "@/lib/db";
import { noteDataChanged } from "./generation";

const LAST_SEEN = Symbol.for("indh.sqliteDataVersion");
type WithLastSeen = typeof globalThis & { [LAST_SEEN]?: string };

export async function noticeOtherWriters(): Promise<void> {
  if (dbProvider() !== "sqlite") return;
  const rows = await getDb().$queryRawUnsafe<{ data_version: unknown }[]>("PRAGMA data_version");
  const version = String(rows[0]?.data_version);
  const store = globalThis as WithLastSeen;
  if (store[LAST_SEEN] !== undefined && store[LAST_SEEN] !== version) noteDataChanged("elsewhere");
  store[LAST_SEEN] = version;
}
