// A fingerprint of every row of every table of a SQLite file, read through a second, read-only connection:
// comparing two fingerprints counts the rows added, removed or changed in between, whichever code path
// wrote them (counts alone would miss an UPDATE; a MAX(updatedAt) would miss tables without one).
import { createHash } from "node:crypto";
import Database from "better-sqlite3";

/** table -> rowid -> hash of the row. */
export type Fingerprint = Map<string, Map<string, string>>;

export function sqliteFileOf(url = process.env.DATABASE_URL ?? ""): string {
  if (!url.startsWith("file:")) throw new Error(`a SQLite file: URL is needed, got "${url}"`);
  return url.slice("file:".length);
}

const json = (row: unknown) => JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));

export function fingerprint(file: string, skip: readonly string[] = []): Fingerprint {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name")
      .pluck()
      .all() as string[];
    const result: Fingerprint = new Map();
    for (const table of tables.filter((t) => !skip.includes(t))) {
      const rows = new Map<string, string>();
      const statement = db.prepare(`SELECT rowid AS "__rowid", * FROM "${table}"`).safeIntegers(true);
      for (const row of statement.iterate() as Iterable<Record<string, unknown>>) {
        const { __rowid, ...rest } = row;
        rows.set(String(__rowid), createHash("sha1").update(json(rest)).digest("base64"));
      }
      result.set(table, rows);
    }
    // AUTOINCREMENT counters move even when an inserted row is deleted again: compare them too.
    const sequences = new Map<string, string>();
    const hasSequence = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get();
    if (hasSequence) {
      for (const { name, seq } of db.prepare("SELECT name, seq FROM sqlite_sequence").all() as { name: string; seq: number }[]) {
        if (!skip.includes(name)) sequences.set(name, String(seq));
      }
    }
    result.set("(sqlite_sequence)", sequences);
    return result;
  } finally {
    db.close();
  }
}

/** Rows added, removed or changed, per table (tables with no difference left out). */
export function diffFingerprints(before: Fingerprint, after: Fingerprint): Record<string, number> {
  const changes: Record<string, number> = {};
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(table) ?? new Map<string, string>();
    const b = after.get(table) ?? new Map<string, string>();
    let count = 0;
    for (const [key, hash] of a) if (b.get(key) !== hash) count++;
    for (const key of b.keys()) if (!a.has(key)) count++;
    if (count > 0) changes[table] = count;
  }
  return changes;
}

export const totalChanged = (changes: Record<string, number>) => Object.values(changes).reduce((sum, n) => sum + n, 0);
