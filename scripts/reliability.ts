// `npm run test:reliability`: the reliability suite of issue 6, bounded in time, then one table of counts.
//   1. bad input   vitest -c vitest.reliability.config.mts: hostile payloads to every server action, the
//                  import and the public API, in-process on fresh SQLite files (reliability/*.rel.test.ts)
//   2. concurrency 8 writers for 60 s against one production server, over HTTP
//   3. crash       SIGKILL in a burst of edits, then in the middle of a 10,000-row import with edits going
//                  on; restart on the same database; integrity, whole-or-absent, summaries vs a rebuild
// `npm run test:reliability -- bad-input` (or concurrency,crash) runs only those parts.
// Settings: RELIABILITY_DATABASE_URL (the server's database; default a fresh SQLite file in
// .tmp/reliability), RELIABILITY_DURATION_SECONDS (60), RELIABILITY_WRITERS (8), RELIABILITY_IMPORT_ROWS
// (10000), RELIABILITY_PORT (3400), RELIABILITY_SKIP_BUILD=1, RELIABILITY_SEED.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient, type PrismaClient } from "@/lib/db";
import { buildIfStale, prepareDatabase, startServer, type AppServer } from "./reliability-server";
import { formatTable, readAllProblems, readAllResults, recordResults, type ResultRow } from "../reliability/report";
import { frenchMessage, readActionIds } from "../reliability/http-forms";
import { serverFixture } from "../reliability/server-fixture";
import { runConcurrency } from "../reliability/concurrency";
import { runCrash } from "../reliability/crash";
import { compareSummariesWithRebuild } from "../reliability/summary-check";

const PARTS = ["bad-input", "concurrency", "crash"] as const;
const requested = (process.argv[2] ?? PARTS.join(",")).split(",");
const appDir = process.cwd();
const resultsDir = path.resolve(process.env.RELIABILITY_RESULTS_DIR ?? ".tmp/reliability");
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(0);
const timings: string[] = [];
const problems: string[] = [];

function badInput(): void {
  const started = Date.now();
  const result = spawnSync(path.join(appDir, "node_modules/.bin/vitest"), ["run", "-c", "vitest.reliability.config.mts"], {
    stdio: "inherit", env: { ...process.env, RELIABILITY_RESULTS_DIR: resultsDir },
  });
  timings.push(`bad input ${seconds(started)} s`);
  if (result.status !== 0) problems.push(`bad input: vitest exited with ${result.status} (details above; every payload not refused in ${resultsDir}/bad-input-actions.failures.txt)`);
}

async function serverParts(): Promise<void> {
  let started = Date.now();
  const built = buildIfStale(appDir);
  timings.push(`build ${built} ${seconds(started)} s`);
  const databaseUrl = process.env.RELIABILITY_DATABASE_URL ?? `file:${path.join(resultsDir, "server.db")}`;
  const isSqlite = databaseUrl.startsWith("file:");
  const label = isSqlite ? "SQLite" : databaseUrl.split(":")[0]!;
  const port = Number(process.env.RELIABILITY_PORT ?? 3400);
  const log = path.join(resultsDir, "server.log");
  started = Date.now();
  prepareDatabase(appDir, databaseUrl);
  let server: AppServer = await startServer(appDir, databaseUrl, port, log);
  timings.push(`database and server ${seconds(started)} s`);
  let db: PrismaClient = createPrismaClient(databaseUrl);
  const rows: ResultRow[] = [];
  try {
    const fixture = await serverFixture(db, Number(process.env.RELIABILITY_WRITERS ?? 8));
    const common = { baseUrl: server.baseUrl, actionIds: readActionIds(appDir), conflictText: frenchMessage(appDir, "conflict"), fixture };
    if (requested.includes("concurrency")) {
      started = Date.now();
      const durationMs = Number(process.env.RELIABILITY_DURATION_SECONDS ?? 60) * 1000;
      const { row, failures } = await runConcurrency({ ...common, db, durationMs, databaseLabel: label });
      rows.push(row);
      problems.push(...failures.map((f) => `concurrency: ${f}`));
      timings.push(`concurrency ${seconds(started)} s`);
    }
    if (requested.includes("crash")) {
      started = Date.now();
      const { rows: crashRows, failures } = await runCrash({
        ...common,
        db: () => db,
        rows: Number(process.env.RELIABILITY_IMPORT_ROWS ?? 10_000),
        crashAndRestart: async () => {
          await server.crash();
          await db.$disconnect();
          server = await startServer(appDir, databaseUrl, port, log);
          db = createPrismaClient(databaseUrl);
        },
        integrityCheck: () => (isSqlite ? integrityCheck(databaseUrl) : null),
        journalFile: isSqlite ? `${databaseUrl.slice("file:".length)}-journal` : null,
      });
      rows.push(...crashRows);
      problems.push(...failures.map((f) => `crash: ${f}`));
      timings.push(`crash ${seconds(started)} s`);
    }
  } finally {
    await db.$disconnect();
    await server.stop();
  }
  // With the server stopped: nothing writes while the summaries are compared with a rebuild.
  const check = createPrismaClient(databaseUrl);
  try {
    const { rows: summaryRows, differences } = await compareSummariesWithRebuild(check);
    const differing = Object.values(differences).reduce((a, b) => a + b, 0);
    rows.push({ part: "crash", target: "dashboard summaries vs rebuild", counts: { "summary rows": summaryRows, "rows differing": differing }, ok: differing === 0 });
    if (differing > 0) problems.push(`summaries differ from a rebuild: ${JSON.stringify(differences)}`);
  } finally {
    await check.$disconnect();
  }
  recordResults("server.json", rows);
}

function integrityCheck(databaseUrl: string): string {
  const db = new Database(databaseUrl.slice("file:".length), { readonly: true });
  try {
    return (db.prepare("PRAGMA integrity_check").pluck().all() as string[]).join("; ");
  } finally {
    db.close();
  }
}

async function main() {
  const started = Date.now();
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  if (requested.includes("bad-input")) badInput();
  if (requested.includes("concurrency") || requested.includes("crash")) {
    try {
      await serverParts();
    } catch (error) {
      problems.push(`server parts: ${(error as Error).stack ?? String(error)}`);
    }
  }
  const results = readAllResults();
  problems.unshift(...readAllProblems());
  const totals = results.filter((r) => r.part === "bad input").reduce((t, r) => ({ payloads: t.payloads + Number(r.counts.payloads ?? 0), changed: t.changed + Number(r.counts["rows changed"] ?? 0) }), { payloads: 0, changed: 0 });
  console.log("\n=== Reliability suite: counts ===");
  for (const part of ["bad input", "concurrency", "crash"] as const) {
    const rows = results.filter((r) => r.part === part);
    if (rows.length > 0) console.log(`\n${formatTable(rows)}`);
  }
  console.log(`\nBad input: ${totals.payloads} payloads, ${totals.changed} rows changed. Timings: ${timings.join(", ")}; total ${seconds(started)} s.`);
  const failed = results.filter((r) => !r.ok).length;
  if (problems.length > 0) console.log(`\nProblems:\n- ${problems.slice(0, 40).join("\n- ")}`);
  console.log(failed === 0 && problems.length === 0 ? "\nReliability suite: PASSED" : `\nReliability suite: FAILED (${failed} rows not ok)`);
  process.exit(failed === 0 && problems.length === 0 ? 0 : 1);
}

void main();
