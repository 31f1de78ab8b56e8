// The production server the HTTP benchmarks measure: a fresh build of the current sources, a fresh SQLite
// file seeded as on a first start, server.ts (as `npm start` runs it) on its own port. Not scripts/start.sh:
// that one reads .env, whose DATABASE_URL would point the benchmark at a real database.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "./server-node-flags";
import { useTestBuildDir } from "./test-build-dir";
import { stopChild, waitUntilAnswering } from "./bench-child";

const DB_FILE = ".tmp/bench-server.db";
const LOG_FILE = ".tmp/bench-server.log";

export type BenchServer = { baseUrl: string; pid: number; stop: () => Promise<void> };

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
  await waitUntilAnswering(server, `${baseUrl}/ar`, 60_000, () => `see ${LOG_FILE}`);
  console.log(`Serving ${baseUrl} (log: ${LOG_FILE})`);
  return {
    baseUrl,
    pid: server.pid!,
    stop: async () => {
      await stopChild(server);
      fs.closeSync(log);
    },
  };
}
