// The replacing half of a PostgreSQL restore (lib/backup/postgres-backup.ts checks the file first): the
// archive's SQL, written by pg_restore and run by psql, inside one transaction that this code opens and
// commits. Not `pg_restore --single-transaction`, because the transaction must first drop what the backup
// does not have (the tables of a newer migration) and end with a check of the rows.
import { quoteIdentifier, type TableCounts } from "@/lib/backup/sqlite-backup";
import { BackupFailedError, SCHEMA, startTool, type ToolContext } from "@/lib/backup/postgres-tools";

// How long the restore waits for a lock held by another session (a running app) before giving up.
const LOCK_TIMEOUT = "10s";

/**
 * pg_restore's SQL through psql inside one transaction that node opens and commits. psql would commit at
 * the end of its input whatever came before it, so the COMMIT is only written once pg_restore has exited
 * successfully (the whole file read) and psql has run everything without an error (ON_ERROR_STOP), followed
 * by a check of every table's rows against the file's. Otherwise psql is stopped without a COMMIT and the
 * server rolls the transaction back; the same happens if this process dies.
 */
export async function replaceInOneTransaction(file: string, expected: TableCounts, context: ToolContext): Promise<void> {
  const psql = startTool("psql", ["--no-psqlrc", "--quiet", "--no-password", "--set=ON_ERROR_STOP=1"], context, { stdin: "pipe", stdout: "ignore" });
  const restore = startTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--exit-on-error", "--file=-", file], context, { stdout: "pipe" });
  const input = psql.child.stdin!;
  input.on("error", () => {}); // psql stopped reading because it failed: its exit code and message say why
  let psqlStopped = false;
  // If psql stops first, pg_restore would wait forever on a full pipe. Its output is then unpiped and
  // drained: left paused with data in it, the stream never ends, the child never reports "close", and
  // Node exits (status 0, no message) with the restore still awaited. Backups holding stored files (bytea)
  // are large enough to leave data in that pipe.
  void psql.finished.finally(() => {
    psqlStopped = true;
    restore.child.stdout?.unpipe(input);
    restore.child.stdout?.resume();
    if (restore.child.exitCode === null) restore.child.kill();
  }).catch(() => {});
  input.write(prelude());
  restore.child.stdout!.pipe(input, { end: false });
  const restored = await restore.finished.catch((error: unknown) => error as Error);
  const psqlFailedFirst = psqlStopped;
  let committing = false;
  if (!(restored instanceof Error) && restored.code === 0 && !psqlFailedFirst) {
    input.end(`${verification(expected)}COMMIT;\n`);
    committing = true;
  } else {
    psql.child.kill(); // no COMMIT will come: the server rolls the transaction back
  }
  const applied = await psql.finished;
  if (committing && applied.code === 0) return;
  const unchanged = "Nothing was changed: the restore runs in one transaction, which was rolled back.";
  if (committing || psqlFailedFirst) {
    const locked = /lock timeout/.test(applied.stderr) ? "\nAnother session holds a lock on the tables: is the app still running? Stop it first." : "";
    // psql exits 2 when it loses the server, which might have been just after the COMMIT left.
    const outcome = applied.code === 2 && committing
      ? "The connection to the server was lost. Unless that happened during the COMMIT itself, nothing was changed: compare the row counts."
      : unchanged;
    throw new BackupFailedError(`The restore failed (psql exit ${applied.code}): ${applied.stderr || "no message"}${locked}\n${outcome}`);
  }
  if (restored instanceof Error) throw restored;
  throw new BackupFailedError(`pg_restore could not read ${file} to the end (exit ${restored.code}): ${restored.stderr || "no message"}\n${unchanged}`);
}

/** BEGIN, then drop everything Prisma's migrations create in the schema (tables with their indexes,
 * constraints and sequences; enum and domain types), so that only what the backup holds remains. */
function prelude(): string {
  return `SET client_min_messages = warning;
SET lock_timeout = '${LOCK_TIMEOUT}';
BEGIN;
DO $prelude$
DECLARE item record;
BEGIN
  FOR item IN
    SELECT format('DROP %s IF EXISTS %I.%I CASCADE',
      CASE relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
      '${SCHEMA}', relname) AS statement
    FROM pg_class WHERE relnamespace = '${SCHEMA}'::regnamespace AND relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
  LOOP EXECUTE item.statement; END LOOP;
  FOR item IN
    SELECT format('DROP TYPE IF EXISTS %I.%I CASCADE', '${SCHEMA}', typname) AS statement
    FROM pg_type WHERE typnamespace = '${SCHEMA}'::regnamespace AND typtype IN ('e', 'd')
  LOOP EXECUTE item.statement; END LOOP;
END
$prelude$;
`;
}

/** A statement that fails (and so prevents the COMMIT) when a table has not exactly the file's rows.
 * Table names come from the archive, which is SQL that psql runs anyway: quoting is for correctness. */
function verification(expected: TableCounts): string {
  const checks = Object.entries(expected).map(
    ([table, rows]) =>
      `  SELECT count(*) INTO n FROM ${quoteIdentifier(SCHEMA)}.${quoteIdentifier(table)};\n` +
      `  IF n <> ${rows} THEN RAISE EXCEPTION 'table % has % rows after the restore instead of %', ${quoteLiteral(table)}, n, ${rows}; END IF;\n`,
  );
  return `DO $verify$\nDECLARE n bigint;\nBEGIN\n${checks.join("")}END\n$verify$;\n`;
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
