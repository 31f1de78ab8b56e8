// The production server the HTTP benchmarks measure: a fresh build of the current sources, a fresh SQLite
// file seeded as on a first start, server.ts (as `npm start` runs it) on its own port. Not scripts/start.sh:
// that one reads .env, whose DATABASE_URL would point the benchmark at a real database.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "./server-node-flags";
import { useTestBuildDir } from "./test-build-dir";

const DB_FILE = ".tmp/bench-server.db";
const LOG_FILE = ".tmp/bench-server.log";

export type BenchServer = { baseUrl: string; pid: number; stop: () => Promise<void> };

async function waitUntilServing(url: string, server: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (code ${server.exitCode}); see ${LOG_FILE}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s; see ${LOG_FILE}`);
}

/** Builds into .next-test (never .next, see scripts/test-build-dir.ts); BENCH_SKIP_BUILD=1 reuses that build as it is. */
export async function startBenchServer(port: number): Promise<BenchServer> {
  useTestBuildDir(); // before `env` below, so the build and the server both get it
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", DATABASE_URL: `file:./${DB_FILE}`, PORT: String(port) };
  const run = (command: string, args: string[]) => execFileSync(path.join("node_modules/.bin", command), args, { env, stdio: "inherit" });
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    console.log("Building the production app (next build)...");
    run("next", ["build"]);
  }
  fs.mkdirSync(path.dirname(DB_FILE), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(DB_FILE + suffix, { force: true });
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "pipe" });
  run("tsx", ["prisma/seed/main.ts"]);

  const log = fs.openSync(LOG_FILE, "w");
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--import", "tsx", "server.ts"], { env: { ...env, NODE_ENV: "production" }, stdio: ["ignore", log, log] });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(`${baseUrl}/ar`, server, 60_000);
  } catch (error) {
    server.kill("SIGTERM"); // never leave a server behind on the benchmark's port
    throw error;
  }
  console.log(`Serving ${baseUrl} (log: ${LOG_FILE})`);
  return {
    baseUrl,
    pid: server.pid!,
    stop: async () => {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
      fs.closeSync(log);
    },
  };
}
