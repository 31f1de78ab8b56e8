// `npm run db:restore -- <backup file> [--yes]`: replaces the SQLite database with a backup made by
// `npm run db:backup`. Stop the app first (README "Backup and restore"). Without --yes an existing database
// is not touched: the command says what it would overwrite. The current database is kept beside it as
// <database>.before-restore-<UTC timestamp>. Exit 0 done, 2 refused (message says why), 1 unexpected failure.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_DATABASE_URL } from "@/lib/database-url";
import {
  BackupRefusedError,
  formatCounts,
  inspectSqliteBackup,
  restoreSqliteDatabase,
  RestoreNeedsConfirmationError,
  sqliteFileFromUrl,
} from "@/lib/backup/sqlite-backup";

const USAGE = "Usage: npm run db:restore -- <backup file> [--yes]";

async function main() {
  const { values, positionals } = parseArgs({ options: { yes: { type: "boolean", default: false } }, allowPositionals: true });
  if (positionals.length !== 1) {
    console.error(USAGE);
    process.exit(2);
  }
  // Next.js reads .env, so the app's database may be named there; the shell's variable wins.
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  const target = sqliteFileFromUrl(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  const backup = inspectSqliteBackup(positionals[0]!);
  console.log(`Backup ${backup.file} (${backup.bytes} bytes): integrity ok, the app's tables present.`);
  warnAboutMigrations(backup.migrations);
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

// The backup's schema is the one of the app version that made it; `npm start` (or `npm run db:migrate`)
// brings an older one up to date, but this code cannot read a newer one.
function warnAboutMigrations(applied: string[]) {
  const folder = path.resolve("prisma", "migrations");
  if (!fs.existsSync(folder)) return;
  const known = fs.readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const unknown = applied.filter((name) => !known.includes(name));
  const pending = known.filter((name) => !applied.includes(name));
  if (unknown.length > 0) console.warn(`Warning: the backup has migrations this version of the app does not know (${unknown.join(", ")}): it was made by a newer version.`);
  if (pending.length > 0) console.warn(`Note: the backup predates ${pending.length} migration(s); run npm run db:migrate (npm start does it) after the restore.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupRefusedError ? `Refused: ${error.message}` : error);
  process.exit(error instanceof BackupRefusedError ? 2 : 1);
});
