// `npm run db:restore -- <backup file> [--yes]`: replaces the database with a backup made by
// `npm run db:backup`. Stop the app first (README "Backup and restore"). Without --yes an existing database
// is not touched: the command says what it would overwrite. SQLite: the current database is kept beside it
// as <database>.before-restore-<UTC timestamp>. PostgreSQL (lib/backup/postgres-backup.ts): it is dumped
// first to backups/<database>.before-restore-<UTC timestamp>.dump, then replaced in one transaction.
// Exit 0 done, 2 refused (message says why), 1 failure (nothing changed on PostgreSQL) or unexpected error.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_DATABASE_URL, isPostgresUrl } from "@/lib/database-url";
import {
  BackupRefusedError,
  formatCounts,
  inspectSqliteBackup,
  restoreSqliteDatabase,
  RestoreNeedsConfirmationError,
  sqliteFileFromUrl,
} from "@/lib/backup/sqlite-backup";
import { inspectPostgresBackup, PostgresRestoreNeedsConfirmationError, restorePostgresDatabase } from "@/lib/backup/postgres-backup";
import { BackupFailedError } from "@/lib/backup/postgres-tools";

const USAGE = "Usage: npm run db:restore -- <backup file> [--yes]";

async function main() {
  const { values, positionals } = parseArgs({ options: { yes: { type: "boolean", default: false } }, allowPositionals: true });
  if (positionals.length !== 1) {
    console.error(USAGE);
    process.exit(2);
  }
  // Next.js reads .env, so the app's database may be named there; the shell's variable wins.
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (isPostgresUrl(url)) return restorePostgres(url, positionals[0]!, values.yes ?? false);
  const target = sqliteFileFromUrl(url);
  const backup = inspectSqliteBackup(positionals[0]!);
  console.log(`Backup ${backup.file} (${backup.bytes} bytes): integrity ok, the app's tables present.`);
  warnAboutMigrations(backup.migrations, path.resolve("prisma", "migrations"));
  try {
    const restored = await restoreSqliteDatabase({ from: backup.file, to: target, overwrite: values.yes ?? false });
    if (restored.safetyCopy) console.log(`The previous database is kept in ${restored.safetyCopy}`);
    console.log(`Restored into ${restored.file} (${restored.bytes} bytes), integrity ok, same rows per table as the backup:`);
    console.log(formatCounts(restored.counts));
  } catch (error) {
    if (!(error instanceof RestoreNeedsConfirmationError)) throw error;
    const { file, bytes, modifiedAt, counts } = error.target;
    console.error(`Not restored: ${file} (${bytes} bytes, modified ${modifiedAt.toISOString()}) would be overwritten.`);
    console.error(counts ? `It holds:\n${formatCounts(counts)}` : "It cannot be read as a SQLite database.");
    console.error(`Stop the app, then run again with --yes (a copy of it is kept first): npm run db:restore -- ${positionals[0]} --yes`);
    process.exit(2);
  }
}

async function restorePostgres(url: string, file: string, yes: boolean) {
  const backup = await inspectPostgresBackup(file, url);
  console.log(`Backup ${backup.file} (${backup.bytes} bytes, from PostgreSQL ${backup.dumpedFrom}): read whole, the app's tables present.`);
  warnAboutMigrations(backup.migrations, path.resolve("prisma", "postgres", "migrations"));
  try {
    const restored = await restorePostgresDatabase({ backup, url, overwrite: yes });
    if (restored.safetyCopy) console.log(`The previous database is kept in ${restored.safetyCopy}`);
    console.log(`Restored into ${restored.database} in one transaction, same rows per table as the backup:`);
    console.log(formatCounts(restored.counts));
  } catch (error) {
    if (!(error instanceof PostgresRestoreNeedsConfirmationError)) throw error;
    const { database, counts } = error.target;
    console.error(`Not restored: the PostgreSQL database ${database} would be replaced, every table of its public schema. It holds:`);
    console.error(formatCounts(counts));
    console.error(`Stop the app, then run again with --yes (a backup of it is made first): npm run db:restore -- ${file} --yes`);
    process.exit(2);
  }
}

// The backup's schema is the one of the app version that made it; `npm start` (or `npm run db:migrate`)
// brings an older one up to date, but this code cannot read a newer one.
function warnAboutMigrations(applied: string[], folder: string) {
  if (!fs.existsSync(folder)) return;
  const known = fs.readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const unknown = applied.filter((name) => !known.includes(name));
  const pending = known.filter((name) => !applied.includes(name));
  if (unknown.length > 0) console.warn(`Warning: the backup has migrations this version of the app does not know (${unknown.join(", ")}): it was made by a newer version.`);
  if (pending.length > 0) console.warn(`Note: the backup predates ${pending.length} migration(s); run npm run db:migrate (npm start does it) after the restore.`);
}

main().catch((error: unknown) => {
  if (error instanceof BackupRefusedError) console.error(`Refused: ${error.message}`);
  else if (error instanceof BackupFailedError) console.error(`Failed: ${error.message}`);
  else console.error(error);
  process.exit(error instanceof BackupRefusedError ? 2 : 1);
});
