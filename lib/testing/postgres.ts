// Scratch PostgreSQL databases for the tests on PostgreSQL (TEST_DATABASE=postgres) and the end-to-end
// server: created from a migrated template (a file-system copy, milliseconds) and dropped after.
// TEST_POSTGRES_URL names a database of a role allowed to create databases (CREATEDB).
import pg from "pg";

export const DEFAULT_TEST_POSTGRES_URL = "postgresql://indh:indh@localhost:5432/indh";

export function testPostgresUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
}

export function isPostgresTestRun(): boolean {
  return process.env.TEST_DATABASE === "postgres";
}

/** The same server and role, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** One client connection to `url` for the time of `run`, closed whatever happens. */
export async function withPgClient<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Creates `database`, empty or as a copy of `template`. Byte-order collation ("C"), as SQLite compares
 * text, so that ORDER BY on names gives the same order on both providers whatever the server's locale.
 * A copy fails while another session is connected to the template, so that is retried briefly.
 */
export async function createDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const sql = template
    ? `CREATE DATABASE ${quote(database)} TEMPLATE ${quote(template)}`
    : `CREATE DATABASE ${quote(database)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`;
  await withPgClient(adminUrl, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(sql);
        return;
      } catch (error) {
        const busy = error instanceof Error && /being accessed by other users/.test(error.message);
        if (!busy || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
}

/**
 * Drops `database`, closing any session still connected to it (PostgreSQL 13+). A role that is not
 * superuser cannot close an autovacuum worker (PostgreSQL 15 then says "must be a member of the role whose
 * process is being terminated"), and one often works on a database just filled by a restore or an import:
 * that is retried briefly, until the worker is done.
 */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withPgClient(adminUrl, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`DROP DATABASE IF EXISTS ${quote(database)} WITH (FORCE)`);
        return;
      } catch (error) {
        const autovacuum = error instanceof Error && /must be a member of the role whose process is being terminated/.test(error.message);
        if (!autovacuum || attempt >= 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
}

export function randomDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}

/** Drops every database whose name starts with `prefix` (a test run's leftovers, e.g. after a crash). */
export async function dropDatabasesStartingWith(adminUrl: string, prefix: string): Promise<void> {
  const names = await withPgClient(adminUrl, async (client) =>
    (await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix])).rows.map((r) => r.datname),
  );
  for (const name of names) await dropDatabase(adminUrl, name);
}
