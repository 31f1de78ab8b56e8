// A truly fresh production start for e2e/first-run.spec.ts: an empty database, `scripts/start.sh` (what
// `npm start` runs) with NODE_ENV=production and a public PUBLIC_BASE_URL, on the port after the e2e
// server's. Its console output is kept, as an operator would read it.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { testPostgresUrl, withDatabase } from "../../lib/testing/postgres";

export type FreshServer = { url: string; databaseUrl: string; tokenFile: string; output: () => string; stop: () => Promise<void> };

export async function startFreshServer(): Promise<FreshServer> {
  const port = Number(process.env.E2E_PORT ?? 3100) + 1;
  const onPostgres = !(process.env.E2E_DATABASE_URL ?? "file:").startsWith("file:");
  const databaseUrl = onPostgres ? withDatabase(testPostgresUrl(), `indh_first_run_${port}`) : `file:./.tmp/first-run-${port}.db`;
  if (onPostgres) execFileSync("node_modules/.bin/tsx", ["scripts/postgres-database.ts", "recreate", databaseUrl], { stdio: "pipe" });
  else for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`.tmp/first-run-${port}.db${suffix}`, { force: true });
  const tokenFile = `.tmp/first-run-${port}.token`;
  rmSync(tokenFile, { force: true });

  let output = "";
  const child: ChildProcess = spawn("bash", ["scripts/start.sh"], {
    detached: true, // its own process group, so stopping it also stops the server it execs
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production", PUBLIC_BASE_URL: "https://indh.example.ma", SETUP_TOKEN_FILE: tokenFile, DEMO_ACCOUNTS: "", SEED_DEMO: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the fresh server stopped:\n${output}`);
    try {
      if ((await fetch(`${url}/ar`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the fresh server did not answer in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    databaseUrl,
    tokenFile,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
      await exited;
    },
  };
}
