// The embedded SQLite file used when DATABASE_URL is not set: nothing to install for a single prefecture.
// A postgres:// or postgresql:// URL selects PostgreSQL (lib/db.ts, prisma.config.ts).
export const DEFAULT_DATABASE_URL = "file:./data/indh.db";

export function isSqliteUrl(url: string): boolean {
  return url.startsWith("file:");
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
