// Backup and restore of the SQLite database file (`npm run db:backup`, `npm run db:restore`).
//
// Both directions go through SQLite's online backup API (better-sqlite3's `db.backup`), never a plain file
// copy: the API takes SQLite's locks, so it never copies a page half-written by a running app, and on the
// destination it writes everything in one transaction, so a failed restore leaves the old database intact.
// Functions take file paths and return what they did; refusals throw BackupRefusedError (the scripts print
// the message and exit 2). Nothing here exits the process.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { isSqliteUrl } from "@/lib/database-url";

/** Rows per table, by table name (every table but SQLite's own `sqlite_*` ones). */
export type TableCounts = Record<string, number>;

export type DatabaseCopy = { file: string; bytes: number; counts: TableCounts };

export type RestoreResult = DatabaseCopy & { safetyCopy: string | null };

/** Something the operator must fix or confirm; nothing was changed. */
export class BackupRefusedError extends Error {}

/** Restoring would overwrite an existing database and `overwrite` was not given. */
export class RestoreNeedsConfirmationError extends BackupRefusedError {
  constructor(readonly target: { file: string; bytes: number; modifiedAt: Date; counts: TableCounts | null }) {
    super(`${target.file} exists and would be overwritten.`);
  }
}

// Tables present since the first migration: any backup of this app, however old, has them.
export const APP_TABLES = [
  "_prisma_migrations", "Region", "Prefecture", "Commune", "Place", "Phase", "Programme", "Axis", "Sector",
  "Organisation", "Cooperative", "Grant", "GrantPartnerContribution", "GrantTranche", "Event", "EventPartner",
  "Presentation",
];
const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");
// How long a copy waits for another connection's lock (a write in progress) before giving up.
const LOCK_WAIT_MS = 10_000;
// better-sqlite3 clamps the pages-per-step to 0..2^31-1 (a negative "all" would pause forever).
const ALL_PAGES = 0x7fffffff;

/**
 * The database file a `file:` URL names, resolved like the Prisma adapter does (relative to the working
 * directory, which `npm run` sets to the project folder). Other URLs are refused (the scripts
 * hand postgresql:// ones to lib/backup/postgres-backup.ts).
 */
export function sqliteFileFromUrl(url: string): string {
  if (!isSqliteUrl(url)) {
    throw new BackupRefusedError("DATABASE_URL must be a SQLite file: URL or a postgresql:// URL.");
  }
  return path.resolve(url.replace(/^file:/, ""));
}

/** `20261129T150405Z`: UTC, sortable, no characters that file systems dislike. */
export function utcTimestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

export function defaultBackupFile(date = new Date()): string {
  return path.resolve("backups", `indh-${utcTimestamp(date)}.db`);
}

/**
 * Online, consistent copy of a live database into a new file, then checked: integrity ok and, per table,
 * as many rows as the source had. The counts and the copy happen inside one read transaction, so both
 * see the same snapshot even while the app keeps writing: in the default rollback-journal mode a writer
 * waits (up to its busy timeout, 5 s for the app) for the few milliseconds the copy takes; in WAL mode it
 * would not even wait, and the snapshot would still be the one counted.
 */
export async function backupSqliteDatabase(sourceFile: string, destinationFile: string): Promise<DatabaseCopy> {
  const source = path.resolve(sourceFile);
  const destination = path.resolve(destinationFile);
  if (!fs.existsSync(source)) throw new BackupRefusedError(`There is no database at ${source}.`);
  if (fs.existsSync(destination)) throw new BackupRefusedError(`${destination} already exists: a backup never overwrites a file.`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  // Read-write (though nothing is written) so that SQLite can roll back a hot journal left by a crash.
  const db = new Database(source, { fileMustExist: true, timeout: LOCK_WAIT_MS });
  let counts: TableCounts;
  try {
    db.exec("BEGIN");
    counts = countRows(db);
    await copyAllPages(db, destination);
    db.exec("COMMIT");
  } finally {
    if (db.inTransaction) db.exec("ROLLBACK");
    db.close();
  }
  try {
    return verifyDatabase(destination, counts);
  } catch (error) {
    fs.rmSync(destination, { force: true }); // a copy that failed its check must not pass for a backup
    throw error;
  }
}

/** A backup file fit to restore: a SQLite database, integrity ok, with the app's tables. */
export function inspectSqliteBackup(file: string): DatabaseCopy & { migrations: string[] } {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) throw new BackupRefusedError(`There is no file ${resolved}.`);
  if (!startsWithSqliteHeader(resolved)) throw new BackupRefusedError(`${resolved} is not a SQLite database.`);
  let db: Database.Database;
  try {
    db = new Database(resolved, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupRefusedError(`${resolved} cannot be opened as a SQLite database: ${String(error)}`);
  }
  try {
    const problems = integrityProblems(db);
    if (problems.length > 0) throw new BackupRefusedError(`${resolved} fails SQLite's integrity check: ${problems.join("; ")}`);
    const missing = APP_TABLES.filter((table) => !tableNames(db).includes(table));
    if (missing.length > 0) throw new BackupRefusedError(`${resolved} is not a database of this app (missing tables: ${missing.join(", ")}).`);
    const migrations = db
      .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name")
      .pluck()
      .all() as string[];
    return { file: resolved, bytes: fs.statSync(resolved).size, counts: countRows(db), migrations };
  } catch (error) {
    if (error instanceof BackupRefusedError) throw error;
    throw new BackupRefusedError(`${resolved} cannot be read as a SQLite database: ${String(error)}`);
  } finally {
    db.close();
  }
}

/**
 * Replaces the database at `to` with the backup `from`, after checking the backup and keeping a safety copy
 * of the current database beside it (`<to>.before-restore-<UTC timestamp>`). Refuses to overwrite an
 * existing database unless `overwrite`. The app must be stopped: see README "Backup and restore".
 */
export async function restoreSqliteDatabase(options: { from: string; to: string; overwrite: boolean; date?: Date }): Promise<RestoreResult> {
  const backup = inspectSqliteBackup(options.from);
  const target = path.resolve(options.to);
  if (backup.file === target) throw new BackupRefusedError("The backup file is the database itself: nothing to restore.");
  let safetyCopy: string | null = null;
  if (fs.existsSync(target)) {
    if (!options.overwrite) throw new RestoreNeedsConfirmationError(describeDatabase(target));
    safetyCopy = `${target}.before-restore-${utcTimestamp(options.date)}`;
    await keepSafetyCopy(target, safetyCopy);
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
  }
  const source = new Database(backup.file, { readonly: true, fileMustExist: true });
  try {
    await copyAllPages(source, target);
  } finally {
    source.close();
  }
  return { ...verifyDatabase(target, backup.counts), safetyCopy };
}

/** What a restore would overwrite, for the refusal message; counts are null when the file is unreadable. */
export function describeDatabase(file: string): RestoreNeedsConfirmationError["target"] {
  const stat = fs.statSync(file);
  let counts: TableCounts | null = null;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      counts = countRows(db);
    } finally {
      db.close();
    }
  } catch {
    // A damaged database is a reason to restore, not a reason to refuse: report it without counts.
  }
  return { file, bytes: stat.size, modifiedAt: stat.mtime, counts };
}

async function keepSafetyCopy(target: string, copy: string): Promise<void> {
  try {
    await backupSqliteDatabase(target, copy);
  } catch (error) {
    if (error instanceof BackupRefusedError) throw error;
    // The current database cannot be read (perhaps why it is being restored): keep its bytes as they are,
    // with a rollback journal or WAL beside it, which SQLite would need to make sense of them.
    for (const suffix of ["", "-journal", "-wal"]) {
      if (fs.existsSync(target + suffix)) fs.copyFileSync(target + suffix, copy + suffix, fs.constants.COPYFILE_EXCL);
    }
  }
}

async function copyAllPages(from: Database.Database, destination: string): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  await from.backup(destination, {
    // Called between steps, and again while a step answers "busy" (another connection holds a lock).
    // Everything in one step: the shortest time holding locks, and one transaction on the destination.
    progress: () => {
      if (Date.now() > deadline) {
        throw new BackupRefusedError(`${destination} stayed locked by another connection for ${LOCK_WAIT_MS / 1000} s: is the app still running?`);
      }
      return ALL_PAGES;
    },
  });
}

function verifyDatabase(file: string, expected: TableCounts): DatabaseCopy {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const problems = integrityProblems(db);
    if (problems.length > 0) throw new Error(`${file} fails SQLite's integrity check after the copy: ${problems.join("; ")}`);
    const counts = countRows(db);
    const differences = [...new Set([...Object.keys(expected), ...Object.keys(counts)])]
      .filter((table) => expected[table] !== counts[table])
      .map((table) => `${table}: ${counts[table] ?? "missing"} rows instead of ${expected[table] ?? "none"}`);
    if (differences.length > 0) throw new Error(`${file} differs from its source after the copy: ${differences.join("; ")}`);
    return { file, bytes: fs.statSync(file).size, counts };
  } finally {
    db.close();
  }
}

function integrityProblems(db: Database.Database): string[] {
  const messages = db.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
  return messages.map((row) => row.integrity_check).filter((message) => message !== "ok");
}

function tableNames(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
}

function countRows(db: Database.Database): TableCounts {
  const counts: TableCounts = {};
  for (const table of tableNames(db)) {
    counts[table] = db.prepare(`SELECT count(*) FROM ${quoteIdentifier(table)}`).pluck().get() as number;
  }
  return counts;
}

/** One `table  rows` line per table, for the scripts' reports. */
export function formatCounts(counts: TableCounts): string {
  const width = Math.max(0, ...Object.keys(counts).map((table) => table.length));
  return Object.entries(counts)
    .map(([table, rows]) => `  ${table.padEnd(width)}  ${rows}`)
    .join("\n");
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function startsWithSqliteHeader(file: string): boolean {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, "r");
  try {
    return fs.readSync(fd, header, 0, header.length, 0) === header.length && header.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}
