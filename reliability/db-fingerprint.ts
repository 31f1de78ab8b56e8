// A fingerprint of every row of every table, read through a second connection that sees only committed
// rows: comparing two fingerprints counts the rows added, removed or changed in between, whichever code
// path wrote them (counts alone would miss an UPDATE; a MAX(updatedAt) would miss tables without one).
// SQLite: a read-only better-sqlite3 connection, rows keyed by rowid, plus the AUTOINCREMENT counters.
// PostgreSQL: rows keyed by primary key. Sequences are left out there: nextval() is not transactional, so a
// refused write that was rolled back (or failed on a unique constraint) moves them with no row changed.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, isSqliteUrl } from "@/lib/database-url";

/** table -> row key -> hash of the row. */
export type Fingerprint = Map<string, Map<string, string>>;

const json = (row: unknown) => JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
const hash = (row: unknown) => createHash("sha1").update(json(row)).digest("base64");

/** The fingerprint of the database behind `url` (DATABASE_URL by default), without the tables in `skip`. */
export async function fingerprintOf(url = process.env.DATABASE_URL ?? "", skip: readonly string[] = []): Promise<Fingerprint> {
  if (isSqliteUrl(url)) return sqliteFingerprint(url.slice("file:".length), skip);
  if (isPostgresUrl(url)) return postgresFingerprint(url, skip);
  throw new Error(`a SQLite file: or postgresql:// URL is needed, got "${url}"`);
}

export function sqliteFingerprint(file: string, skip: readonly string[] = []): Fingerprint {
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
        rows.set(String(__rowid), hash(rest));
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

const PRIMARY_KEYS = `
  SELECT c.relname AS "table", array_agg(a.attname::text ORDER BY array_position(i.indkey::int2[], a.attnum)) AS "columns"
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
  LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
  WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema() AND c.relname <> '_prisma_migrations'
  GROUP BY c.relname ORDER BY c.relname`;

async function postgresFingerprint(url: string, skip: readonly string[]): Promise<Fingerprint> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query<{ table: string; columns: (string | null)[] }>(PRIMARY_KEYS)).rows;
    const result: Fingerprint = new Map();
    for (const { table, columns } of tables.filter((t) => !skip.includes(t.table))) {
      const key = columns.filter((c): c is string => c !== null);
      // Every table of the schema has a primary key (Prisma models need one); ctid is a fallback only.
      const select = key.length > 0 ? `SELECT * FROM "${table}"` : `SELECT ctid::text AS "__ctid", * FROM "${table}"`;
      const rows = new Map<string, string>();
      for (const row of (await client.query<Record<string, unknown>>(select)).rows) {
        const id = key.length > 0 ? json(key.map((c) => row[c])) : String(row.__ctid);
        rows.set(id, hash(row));
      }
      result.set(table, rows);
    }
    return result;
  } finally {
    await client.end();
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
