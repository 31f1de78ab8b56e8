// The production server the concurrency and crash tests drive: `next build` only when the sources are newer
// than the last build (the rule of scripts/start.sh, so CI reuses the build of the end-to-end tests), a
// database prepared as on a first start (migrations, seed with the demonstration data), and server.ts (what
// `npm start` serves: Next behind the public pages' cache) in its own process group, so the crash test can SIGKILL the whole server at once.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { isPostgresUrl } from "@/lib/database-url";
import { SERVER_NODE_FLAGS } from "./server-node-flags";
import { useTestBuildDir } from "./test-build-dir";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/testing/postgres";

export type AppServer = {
  baseUrl: string;
  pid: number;
  /** Resolves with the exit code (or null after a signal). */
  exited: Promise<number | null>;
  /** SIGKILL to the whole process group: no handler runs, nothing is flushed. */
  crash: () => Promise<void>;
  stop: () => Promise<void>;
};

const BUILD_INPUTS = ["app", "components", "lib", "messages", "next.config.ts", "package.json", "postcss.config.mjs", "proxy.ts"];

function newestInput(dir: string, since: number): string | null {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (full.includes(path.join("lib", "generated"))) continue;
    if (entry.isDirectory()) {
      const found = newestInput(full, since);
      if (found) return found;
    } else if (fs.statSync(full).mtimeMs > since) return full;
  }
  return null;
}

/**
 * Builds into .next-test (scripts/test-build-dir.ts) unless its BUILD_ID is newer than every source
 * (RELIABILITY_SKIP_BUILD=1 never builds); the servers started below serve that build.
 */
export function buildIfStale(appDir: string): "reused" | "built" {
  const buildId = path.join(appDir, useTestBuildDir(), "BUILD_ID");
  if (process.env.RELIABILITY_SKIP_BUILD === "1" && fs.existsSync(buildId)) return "reused";
  if (fs.existsSync(buildId)) {
    const since = fs.statSync(buildId).mtimeMs;
    const stale = BUILD_INPUTS.map((p) => path.join(appDir, p)).filter((p) => fs.existsSync(p)).find((p) => (fs.statSync(p).isDirectory() ? newestInput(p, since) : fs.statSync(p).mtimeMs > since));
    if (!stale) return "reused";
  }
  execFileSync(path.join(appDir, "node_modules/.bin/next"), ["build"], { cwd: appDir, stdio: "inherit", env: serverEnv(process.env.DATABASE_URL ?? "file:./data/indh.db") });
  return "built";
}

function serverEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", DATABASE_URL: databaseUrl };
}

/**
 * A database as a first start leaves it. A SQLite file is deleted first (with its journal); a PostgreSQL
 * database is dropped and created empty (as scripts/postgres-database.ts `recreate` does for the end-to-end
 * server), through the server's `postgres` database with the URL's role, which must have CREATEDB.
 */
export async function prepareDatabase(appDir: string, databaseUrl: string): Promise<void> {
  if (databaseUrl.startsWith("file:")) {
    const file = path.resolve(appDir, databaseUrl.slice("file:".length));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  } else if (isPostgresUrl(databaseUrl)) {
    await recreatePostgresDatabase(databaseUrl).catch((error: unknown) => {
      throw new Error(`cannot recreate ${new URL(databaseUrl).pathname.slice(1)} (is PostgreSQL running? bash scripts/postgres-local.sh)`, { cause: error });
    });
  }
  const run = (bin: string, args: string[]) => execFileSync(path.join(appDir, "node_modules/.bin", bin), args, { cwd: appDir, env: serverEnv(databaseUrl), stdio: "pipe" });
  run("prisma", ["migrate", "deploy"]);
  run("tsx", ["prisma/seed/main.ts"]);
}

const postgresParts = (url: string) => ({ admin: withDatabase(url, "postgres"), database: decodeURIComponent(new URL(url).pathname.slice(1)) });

async function recreatePostgresDatabase(url: string): Promise<void> {
  const { admin, database } = postgresParts(url);
  await dropDatabase(admin, database);
  await createDatabase(admin, database);
}

/** Drops the PostgreSQL database of a finished run (closing any session left on it). */
export async function dropPostgresDatabase(url: string): Promise<void> {
  const { admin, database } = postgresParts(url);
  await dropDatabase(admin, database);
}

async function waitUntilServing(baseUrl: string, exited: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error("the server exited while starting");
    try {
      if ((await fetch(`${baseUrl}/fr`, { signal: AbortSignal.timeout(5_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${baseUrl} within ${timeoutMs / 1000} s`);
}

// Servers still running when this process ends (an exception, Ctrl-C) are killed with it: a detached
// process group would otherwise outlive the suite and keep its port.
const running = new Set<number>();
process.on("exit", () => {
  for (const pid of running) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

/**
 * server.ts on `port`, as `npm start` runs it, logging to `logFile` (appended: a restart keeps the log of the
 * crash). `extraNodeFlags`: test-only preloads (reliability/prototype-watch.mjs).
 */
export async function startServer(appDir: string, databaseUrl: string, port: number, logFile: string, extraNodeFlags: string[] = []): Promise<AppServer> {
  useTestBuildDir();
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, "a");
  // Migrations as `npm start` applies them; a no-op on a database that has them (and after a crash).
  execFileSync(path.join(appDir, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: appDir, env: serverEnv(databaseUrl), stdio: "pipe" });
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...extraNodeFlags, "--import", "tsx", "server.ts"], {
    cwd: appDir, env: { ...serverEnv(databaseUrl), NODE_ENV: "production", PORT: String(port) }, stdio: ["ignore", log, log], detached: true,
  });
  let done = false;
  running.add(child.pid!);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      done = true;
      running.delete(child.pid!);
      fs.closeSync(log);
      resolve(code);
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const signalGroup = async (signal: NodeJS.Signals) => {
    if (done) return;
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
    await exited;
  };
  try {
    await waitUntilServing(baseUrl, () => done, 90_000);
  } catch (error) {
    await signalGroup("SIGKILL");
    throw error;
  }
  return { baseUrl, pid: child.pid!, exited, crash: () => signalGroup("SIGKILL"), stop: () => signalGroup("SIGTERM") };
}
