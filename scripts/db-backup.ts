// `npm run db:backup [-- --out <file>]`: an online, consistent copy of the SQLite database, safe while the
// app is running and writing; by default into backups/indh-<UTC timestamp>.db. The work and its checks are
// in lib/backup/sqlite-backup.ts. Exit 0 done, 2 refused (message says why), 1 unexpected failure.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_DATABASE_URL } from "@/lib/database-url";
import { backupSqliteDatabase, BackupRefusedError, defaultBackupFile, formatCounts, sqliteFileFromUrl } from "@/lib/backup/sqlite-backup";

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  // Next.js reads .env, so the running app's database may be named there; the shell's variable wins.
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  const source = sqliteFileFromUrl(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  const copy = await backupSqliteDatabase(source, values.out ?? defaultBackupFile());
  console.log(`Backed up ${source}`);
  console.log(`to ${copy.file} (${copy.bytes} bytes), integrity ok, same rows per table as the source:`);
  console.log(formatCounts(copy.counts));
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupRefusedError ? `Refused: ${error.message}` : error);
  process.exit(error instanceof BackupRefusedError ? 2 : 1);
});
