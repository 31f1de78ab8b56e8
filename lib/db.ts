// The one Prisma client of the app, chosen by DATABASE_URL (SQLite file by default).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_DATABASE_URL, isSqliteUrl } from "@/lib/database-url";

export function createPrismaClient(url: string): PrismaClient {
  if (!isSqliteUrl(url)) {
    throw new Error("Only SQLite (file:) URLs are supported so far; PostgreSQL arrives with its own adapter.");
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

// Kept on globalThis so that `next dev` reloads do not open a new connection each time; keyed by URL so
// a test that points DATABASE_URL at its own file never receives another file's client.
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

export type { PrismaClient };
