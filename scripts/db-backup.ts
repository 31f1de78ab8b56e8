// `npm run db:backup [-- --out <file>]`: an online, consistent copy of the database, safe while the app is
// running and writing. SQLite: SQLite's online backup into backups/indh-<UTC timestamp>.db by default
// (lib/backup/sqlite-backup.ts). PostgreSQL (a postgresql:// DATABASE_URL): pg_dump --format=custom into
// backups/indh-<UTC timestamp>.dump by default (lib/backup/postgres-backup.ts).
// Exit 0 done, 2 refused (message says why), 1 failure (a tool's message, or an unexpected error).
import fs from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_DATABASE_URL, isPostgresUrl } from "@/lib/database-url";
import { backupSqliteDatabase, BackupRefusedError, defaultBackupFile, formatCounts, sqliteFileFromUrl } from "@/lib/backup/sqlite-backup";
import { backupPostgresDatabase, defaultPostgresBackupFile } from "@/lib/backup/postgres-backup";
import { BackupFailedError, redactUrl } from "@/lib/backup/postgres-tools";

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  // Next.js reads .env, so the running app's database may be named there; the shell's variable wins.
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (isPostgresUrl(url)) {
    const copy = await backupPostgresDatabase(url, values.out ?? defaultPostgresBackupFile());
    console.log(`Backed up ${redactUrl(url)}`);
    console.log(`to ${copy.file} (${copy.bytes} bytes), read back whole by pg_restore, same rows per table as the snapshot dumped:`);
    console.log(formatCounts(copy.counts));
    return;
  }
  const source = sqliteFileFromUrl(url);
  const copy = await backupSqliteDatabase(source, values.out ?? defaultBackupFile());
  console.log(`Backed up ${source}`);
  console.log(`to ${copy.file} (${copy.bytes} bytes), integrity ok, same rows per table as the source:`);
  console.log(formatCounts(copy.counts));
}

main().catch((error: unknown) => {
  if (error instanceof BackupRefusedError) console.error(`Refused: ${error.message}`);
  else if (error instanceof BackupFailedError) console.error(`Failed: ${error.message}`);
  else console.error(error);
  process.exit(error instanceof BackupRefusedError ? 2 : 1);
});
