// The embedded SQLite file used when DATABASE_URL is not set: nothing to install for a single prefecture.
export const DEFAULT_DATABASE_URL = "file:./data/indh.db";

export function isSqliteUrl(url: string): boolean {
  return url.startsWith("file:");
}
