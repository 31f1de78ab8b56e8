// Driver adapter factory for the Prisma CLI only (prisma.config.ts); the app uses lib/db.ts.
//
// Why: `prisma migrate diff --from-migrations` replays each migration file on the shadow database through
// the adapter's executeRaw, which hands the whole multi-statement file to better-sqlite3's prepare(), and
// prepare() accepts a single statement. The replay then fails with P3006. Replaying the file with
// executeScript (better-sqlite3's exec) is what the statement list means, so the shadow adapter does that.
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

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

export function createCliAdapter(url: string) {
  const shadow = path.join(os.tmpdir(), `prisma-shadow-${process.pid}-${Date.now()}.db`);
  const factory = new PrismaBetterSQLite3({ url }, { shadowDatabaseUrl: `file:${shadow}` });
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => replayScriptsWithExec(await connectToShadowDb());
  return factory;
}
