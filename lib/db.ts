// The one Prisma client of the app, chosen by DATABASE_URL: a SQLite file (the default) or PostgreSQL.
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { DEFAULT_DATABASE_URL, isPostgresUrl, isSqliteUrl } from "@/lib/database-url";
import { oneAtATimeSqliteAdapter } from "@/lib/sqlite-one-at-a-time";
import { watchWrites } from "@/lib/data-changes/watch-writes";
import { tellInstancesOfWrites } from "@/lib/data-changes/tell-instances";

export function createPrismaClient(url: string): PrismaClient {
  // One connection, one statement or transaction at a time: see lib/sqlite-one-at-a-time.ts. Both adapters
  // tell lib/data-changes when a write has committed, so that figures kept in memory are recomputed.
  if (isSqliteUrl(url)) return new PrismaClient({ adapter: watchWrites(oneAtATimeSqliteAdapter(url)) });
  if (isPostgresUrl(url)) {
    // Sessions in UTC: DateTime columns are TIMESTAMP(3) without a time zone, read and written as UTC by
    // the adapter; this makes the server's own clock (CURRENT_TIMESTAMP defaults, now() in raw SQL) agree.
    // Scripts and fixtures writing here tell the running instances through this very client.
    let client: PrismaClient | undefined;
    const adapter = watchWrites(
      queueQueriesPerConnection(new PrismaPg({ connectionString: url, options: "-c TimeZone=UTC" })),
      tellInstancesOfWrites(() => client!),
    );
    // Prisma 6 generates one client per provider. Both come from the same models (prisma/postgres/schema.prisma
    // is generated from prisma/schema.prisma and checked by `npm run db:drift`), share the runtime
    // (@prisma/client/runtime: the same Prisma.sql, Decimal and error classes) and so have the same model
    // API and result types: the app is typed against the SQLite client alone.
    client = new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
    return client;
  }
  throw new Error("DATABASE_URL must be a SQLite file: URL or a postgres:// / postgresql:// URL.");
}

/**
 * Prisma runs the queries of a `Promise.all` inside an interactive transaction side by side on the
 * transaction's one connection. node-postgres queues them, but that queue is deprecated since pg 8.19 (a
 * warning on every such call) and goes in pg 9. So each pooled connection gets its own queue: the same
 * order, one query at a time, no warning.
 */
function queueQueriesPerConnection(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    (adapter.underlyingDriver() as pg.Pool).on("connect", queueQueries);
    return adapter;
  };
  return factory;
}

function queueQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  let tail: Promise<unknown> = Promise.resolve();
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
    // Callback and Submittable calls (the pool's own) keep their form; Prisma's are promise calls.
    const first = args[0] as { submit?: unknown } | undefined;
    if (typeof args.at(-1) === "function" || typeof first?.submit === "function") return query(...args);
    const run = tail.then(() => query(...args));
    tail = run.catch(() => undefined);
    return run;
  };
}

// Kept on globalThis so that `next dev` reloads do not open a new connection each time; keyed by URL so
// a test that points DATABASE_URL at its own database never receives another database's client.
const cache = globalThis as unknown as { prismaByUrl?: Map<string, PrismaClient> };

export function getDb(): PrismaClient {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  cache.prismaByUrl ??= new Map();
  let client = cache.prismaByUrl.get(url);
  if (!client) {
    client = createPrismaClient(url);
    cache.prismaByUrl.set(url, client);
  }
  return client;
}

/** The provider behind getDb(), for the few places where SQL or behaviour differs. */
export function dbProvider(): "sqlite" | "postgresql" {
  return isPostgresUrl(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL) ? "postgresql" : "sqlite";
}

/**
 * A `contains` filter that ignores the case of ASCII letters on both providers, as SQLite's LIKE does
 * (PostgreSQL's LIKE is case-sensitive; ILIKE, Prisma's mode "insensitive", is not). For columns that are not
 * folded already; the searchText columns are folded on write and need a plain `contains`.
 */
export function containsText(text: string): { contains: string } {
  // `mode` exists only in the PostgreSQL client's types; the value is the same filter for both.
  return (dbProvider() === "postgresql" ? { contains: text, mode: "insensitive" } : { contains: text }) as { contains: string };
}

export type { PrismaClient };
