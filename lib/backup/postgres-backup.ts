// Backup and restore of the PostgreSQL database (`npm run db:backup`, `npm run db:restore` when DATABASE_URL
// is a postgresql:// URL), with PostgreSQL's own pg_dump, pg_restore and psql (lib/backup/postgres-tools.ts).
//
// Backup: `pg_dump --format=custom` of the whole database, online, from one snapshot that the row counts
// share. It is written under a temporary name, read back to the end, and only then renamed to the final
// name: a failed or interrupted dump never leaves a truncated file that looks like a backup.
// Restore: replaces everything in the app's schema (`public`) in ONE transaction. `pg_restore --clean
// --if-exists --no-owner --exit-on-error` writes the SQL, psql runs it between a BEGIN that first drops every
// table, sequence and type of the schema (so tables of a newer migration do not survive the restore of an
// older backup) and a COMMIT that is sent only once pg_restore has read the whole file and the row counts
// match the file's (lib/backup/postgres-replace.ts). Any failure before that leaves the database exactly as
// it was. The app must be stopped.
// Refusals throw BackupRefusedError (the scripts exit 2); failures of the tools BackupFailedError (exit 1).
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import { APP_TABLES, BackupRefusedError, quoteIdentifier, utcTimestamp, type TableCounts } from "@/lib/backup/sqlite-backup";
import { BackupFailedError, libpqEnvironment, redactUrl, runTool, SCHEMA, startTool, toolVersion, type ToolContext } from "@/lib/backup/postgres-tools";
import { replaceInOneTransaction } from "@/lib/backup/postgres-replace";

export type PostgresCopy = { file: string; bytes: number; counts: TableCounts };
export type PostgresBackupFile = PostgresCopy & { migrations: string[]; dumpedFrom: string };
export type PostgresRestoreResult = { database: string; counts: TableCounts; safetyCopy: string | null };

/** The database holds the app's tables and `overwrite` was not given. */
export class PostgresRestoreNeedsConfirmationError extends BackupRefusedError {
  constructor(readonly target: { database: string; counts: TableCounts }) {
    super(`${target.database} holds tables and would be replaced.`);
  }
}

const ARCHIVE_MAGIC = "PGDMP"; // the first bytes of a custom-format archive

export function defaultPostgresBackupFile(date = new Date()): string {
  return path.resolve("backups", `indh-${utcTimestamp(date)}.dump`);
}

/** Online backup into a new file; counts are the rows of each table in the dumped snapshot. */
export async function backupPostgresDatabase(url: string, destinationFile: string): Promise<PostgresCopy> {
  const destination = path.resolve(destinationFile);
  if (fs.existsSync(destination)) throw new BackupRefusedError(`${destination} already exists: a backup never overwrites a file.`);
  const client = await connect(url);
  try {
    const server = await serverVersion(client);
    const context: ToolContext = { env: libpqEnvironment(url), serverMajor: server.major };
    const dump = await toolVersion("pg_dump", context);
    if (dump.major < server.major) {
      throw new BackupRefusedError(
        `${dump.text} is older than the server (PostgreSQL ${server.text}) and cannot dump it. Install the client programs ` +
          `of version ${server.major} or newer (Debian or Ubuntu: apt-get install postgresql-client-${server.major}).`,
      );
    }
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    // pg_dump joins this transaction's snapshot, so the counts are those of the very rows it dumps, even
    // while the app keeps writing; the transaction stays open until pg_dump is done.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]!.id;
    const counts = await countRows(client);
    const partial = `${destination}.partial-${process.pid}`;
    try {
      // Readable by its owner only: it holds password hashes and session tokens. pg_dump keeps the mode.
      fs.writeFileSync(partial, "", { mode: 0o600, flag: "wx" });
      await runTool("pg_dump", ["--format=custom", "--no-password", `--snapshot=${snapshot}`, `--file=${partial}`], context);
      await client.query("COMMIT");
      const written = await readArchive(partial, context);
      const differences = countDifferences(counts, written.counts);
      if (differences.length > 0) throw new BackupFailedError(`The dump differs from the database it was made from: ${differences.join("; ")}`);
      syncToDisk(partial);
      if (fs.existsSync(destination)) throw new BackupRefusedError(`${destination} appeared during the backup: a backup never overwrites a file.`);
      fs.renameSync(partial, destination);
      syncToDisk(path.dirname(destination));
    } finally {
      fs.rmSync(partial, { force: true });
    }
    return { file: destination, bytes: fs.statSync(destination).size, counts };
  } finally {
    await client.end();
  }
}

/**
 * Replaces the database of `url` with a backup checked by inspectPostgresBackup, after keeping a backup of
 * the current database (`backups/<database>.before-restore-<UTC timestamp>.dump`). A database with tables
 * is replaced only with `overwrite`; an empty one without. The app must be stopped: README "Backup and restore".
 */
export async function restorePostgresDatabase(options: { backup: PostgresBackupFile; url: string; overwrite: boolean; date?: Date }): Promise<PostgresRestoreResult> {
  const database = redactUrl(options.url);
  const client = await connect(options.url);
  let context: ToolContext;
  let current: TableCounts;
  try {
    context = { env: libpqEnvironment(options.url), serverMajor: (await serverVersion(client)).major };
    await toolVersion("psql", context); // missing: refused now rather than after the safety copy
    current = await countRows(client);
  } finally {
    await client.end();
  }
  let safetyCopy: string | null = null;
  if (Object.keys(current).length > 0) {
    if (!options.overwrite) throw new PostgresRestoreNeedsConfirmationError({ database, counts: current });
    const name = decodeURIComponent(new URL(options.url).pathname.slice(1)) || "database";
    safetyCopy = path.resolve("backups", `${name}.before-restore-${utcTimestamp(options.date)}.dump`);
    try {
      await backupPostgresDatabase(options.url, safetyCopy);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new BackupRefusedError(`Nothing was restored: the backup of the current database could not be made first. ${reason}`);
    }
  }
  try {
    await replaceInOneTransaction(options.backup.file, options.backup.counts, context);
  } catch (error) {
    if (safetyCopy && error instanceof Error) error.message += `\nThe backup of the database made before the attempt is ${safetyCopy}`;
    throw error;
  }
  const after = await connect(options.url);
  try {
    const counts = await countRows(after);
    // pg_restore leaves the planner without statistics until autovacuum comes by. Only the app's tables:
    // a database-wide ANALYZE by a role that is not superuser warns about every shared catalog.
    const tables = Object.keys(counts).map((table) => `${quoteIdentifier(SCHEMA)}.${quoteIdentifier(table)}`);
    if (tables.length > 0) await after.query(`ANALYZE ${tables.join(", ")}`);
    return { database, counts, safetyCopy };
  } finally {
    await after.end();
  }
}

/**
 * A file fit to restore: a custom-format archive that pg_restore reads to the end (a truncated or damaged
 * file fails here, before anything is touched), holding the app's tables. Also its rows per table and the
 * migrations it has applied, read from its data.
 */
export async function inspectPostgresBackup(file: string, url: string): Promise<PostgresBackupFile> {
  const context: ToolContext = { env: libpqEnvironment(url) };
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) throw new BackupRefusedError(`There is no file ${resolved}.`);
  const header = readHeader(resolved);
  if (header.startsWith("SQLite format 3")) {
    throw new BackupRefusedError(`${resolved} is a SQLite backup: restore it with DATABASE_URL set to a SQLite file: URL.`);
  }
  if (!header.startsWith(ARCHIVE_MAGIC)) {
    throw new BackupRefusedError(`${resolved} is not a pg_dump archive in custom format (as npm run db:backup or pg_dump --format=custom make).`);
  }
  let list: string;
  let content: Awaited<ReturnType<typeof readArchive>>;
  try {
    list = await runTool("pg_restore", ["--list", resolved], context);
    content = await readArchive(resolved, context);
  } catch (error) {
    if (!(error instanceof BackupFailedError)) throw error;
    throw new BackupRefusedError(`${resolved} is damaged or incomplete: pg_restore cannot read it to the end. ${error.message}`);
  }
  const missing = APP_TABLES.filter((table) => !(table in content.counts));
  if (missing.length > 0) throw new BackupRefusedError(`${resolved} is not a database of this app (missing tables: ${missing.join(", ")}).`);
  const dumpedFrom = /Dumped from database version: (.*)/.exec(list)?.[1]?.trim() ?? "unknown";
  return { file: resolved, bytes: fs.statSync(resolved).size, counts: content.counts, migrations: content.migrations, dumpedFrom };
}

/**
 * The archive's data, read to the end as pg_restore writes it (COPY blocks, one line per row): rows per
 * table of the app's schema, and the names of the migrations applied (as in the SQLite backup's check).
 */
async function readArchive(file: string, context: ToolContext): Promise<{ counts: TableCounts; migrations: string[] }> {
  const reader = startTool("pg_restore", ["--data-only", "--file=-", file], context, { stdout: "pipe" });
  const counts: TableCounts = {};
  const migrations: string[] = [];
  let table: string | null = null;
  let nameColumn = -1;
  let finishedColumn = -1;
  let rolledBackColumn = -1;
  for await (const line of readline.createInterface({ input: reader.child.stdout!, crlfDelay: Infinity })) {
    if (table === null) {
      const copy = /^COPY (\S+)\.(\S+) \((.*)\) FROM stdin;$/.exec(line);
      if (!copy || unquote(copy[1]!) !== SCHEMA) continue;
      table = unquote(copy[2]!);
      counts[table] = 0;
      const columns = copy[3]!.split(", ").map(unquote);
      [nameColumn, finishedColumn, rolledBackColumn] = ["migration_name", "finished_at", "rolled_back_at"].map((c) => columns.indexOf(c)) as [number, number, number];
    } else if (line === "\\.") {
      table = null;
    } else {
      counts[table]!++;
      if (table !== "_prisma_migrations") continue;
      const values = line.split("\t");
      if (values[finishedColumn] !== "\\N" && values[rolledBackColumn] === "\\N") migrations.push(values[nameColumn]!);
    }
  }
  const { code, stderr } = await reader.finished;
  if (code !== 0) throw new BackupFailedError(`pg_restore failed (exit ${code}): ${stderr || "no message"}`);
  return { counts, migrations: migrations.sort() };
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new BackupRefusedError(`Cannot connect to ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return client;
}

async function serverVersion(client: pg.Client): Promise<{ major: number; text: string }> {
  const { rows } = await client.query<{ num: string; text: string }>("SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS text");
  return { major: Math.floor(Number(rows[0]!.num) / 10000), text: rows[0]!.text };
}

/** Rows per table of the app's schema, by name (the same shape as the SQLite counts). */
async function countRows(client: pg.Client): Promise<TableCounts> {
  const tables = await client.query<{ name: string }>(
    "SELECT relname AS name FROM pg_class WHERE relnamespace = $1::regnamespace AND relkind IN ('r', 'p') ORDER BY relname",
    [SCHEMA],
  );
  const counts: TableCounts = {};
  for (const { name } of tables.rows) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdentifier(SCHEMA)}.${quoteIdentifier(name)}`);
    counts[name] = Number(rows[0]!.n);
  }
  return counts;
}

function countDifferences(expected: TableCounts, actual: TableCounts): string[] {
  return [...new Set([...Object.keys(expected), ...Object.keys(actual)])]
    .filter((table) => expected[table] !== actual[table])
    .map((table) => `${table}: ${actual[table] ?? "missing"} rows instead of ${expected[table] ?? "none"}`);
}

function unquote(identifier: string): string {
  return identifier.startsWith('"') ? identifier.slice(1, -1).replaceAll('""', '"') : identifier;
}

function readHeader(file: string): string {
  const bytes = Buffer.alloc(16);
  const fd = fs.openSync(file, "r");
  try {
    return bytes.subarray(0, fs.readSync(fd, bytes, 0, bytes.length, 0)).toString("latin1");
  } finally {
    fs.closeSync(fd);
  }
}

/** fsync, so that a backup reported as written survives a power cut (a folder: its new entry). */
function syncToDisk(file: string): void {
  const fd = fs.openSync(file, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
