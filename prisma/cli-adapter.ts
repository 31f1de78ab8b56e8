// Driver adapter factories for the Prisma CLI only (prisma.config.ts); the app uses lib/db.ts.
//
// SQLite: `prisma migrate diff --from-migrations` replays each migration file on the shadow database
// through the adapter's executeRaw, which hands the whole multi-statement file to better-sqlite3's
// prepare(), and prepare() accepts a single statement. The replay then fails with P3006. Replaying the
// file with executeScript (better-sqlite3's exec) is what the statement list means, so the shadow adapter
// does that.
//
// PostgreSQL: @prisma/adapter-pg 6.19 has three bugs on the CLI's paths, worked around here:
// 1. The schema engine's introspection reads columns of type `name` and `"char"` (pg_catalog), which the
//    adapter refuses ("Column type 'name' could not be deserialized", prisma/orm#27403). They are text.
// 2. connectToShadowDb builds its pool from `{ ...config, database }`, and node-postgres lets a
//    connectionString win over `database`: the "shadow" replay would run on the real database.
// 3. Its dispose drops the shadow database before closing the pool connected to it, which PostgreSQL
//    refuses while sessions are open.
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { isPostgresUrl } from "../lib/database-url";

type ShadowAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connectToShadowDb"]>>;

function replayScriptsWithExec(adapter: ShadowAdapter): ShadowAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length === 0 && hasSeveralStatements(query.sql)) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

function hasSeveralStatements(sql: string): boolean {
  return sql.split(";").filter((part) => part.replace(/--.*$/gm, "").trim() !== "").length > 1;
}

function createSqliteCliAdapter(url: string) {
  const shadow = path.join(os.tmpdir(), `prisma-shadow-${process.pid}-${Date.now()}.db`);
  const factory = new PrismaBetterSQLite3({ url }, { shadowDatabaseUrl: `file:${shadow}` });
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => replayScriptsWithExec(await connectToShadowDb());
  return factory;
}

// ---------- PostgreSQL ----------

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type PgResult = { fields: { dataTypeID: number }[] };
type WithPerformIO = { performIO: (query: unknown) => Promise<PgResult> };

const PG_NAME = 19;
const PG_CHAR = 18;
const PG_TEXT = 25;

/** Bug 1: report `name` and `"char"` columns as text (their text form is the value). */
function readNameAndCharAsText<T extends object>(queryable: T): T {
  const q = queryable as unknown as WithPerformIO;
  const performIO = q.performIO.bind(q);
  q.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) {
      if (field.dataTypeID === PG_NAME || field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
    }
    return result;
  };
  const withTx = queryable as unknown as { startTransaction?: (...a: unknown[]) => Promise<object> };
  if (typeof withTx.startTransaction === "function") {
    const startTransaction = withTx.startTransaction.bind(queryable);
    withTx.startTransaction = async (...args) => readNameAndCharAsText(await startTransaction(...args));
  }
  return queryable;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function createPostgresCliAdapter(url: string) {
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => readNameAndCharAsText(await connect());
  // Bugs 2 and 3: a shadow database of its own, reached by its own URL, dropped after its pool closed.
  factory.connectToShadowDb = async (): Promise<PgAdapter> => {
    const database = `prisma_shadow_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    const shadow = readNameAndCharAsText(await new PrismaPg({ connectionString: withDatabase(url, database) }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      try {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
      } finally {
        await admin.end();
      }
    };
    return shadow;
  };
  return factory;
}

export function createCliAdapter(url: string) {
  return isPostgresUrl(url) ? createPostgresCliAdapter(url) : createSqliteCliAdapter(url);
}
