// `npm run test:reliability`: the reliability suite of issue 6, bounded in time, then one table of counts.
//   1. bad input   vitest -c vitest.reliability.config.mts: hostile payloads to every server action, the
//                  import and the public API, in-process, each test file on a fresh database
//                  (reliability/*.rel.test.ts)
//   1b. prototype-http prototype-polluting names over HTTP to every action and route handler of the
//                  production server, whose prototypes and pages must stay sound (reliability/pollution-http.ts)
//   2. concurrency 8 writers for 60 s against one production server, over HTTP
//   3. crash       SIGKILL in a burst of edits, then in the middle of a 10,000-row import with edits going
//                  on; restart on the same database; integrity, whole-or-absent, summaries vs a rebuild
//   4. xlsx-memory three crafted XLSX uploads at once (300 MB sheets in 433 kB, honest or lying sizes; then
//                  whole-sheet merged ranges) to the same server; its peak memory increase, at most +400 MB
//                  (RELIABILITY_XLSX_MEMORY_LIMIT_MB); runs first, on the fresh server
//   5. uploads     hostile files, sizes, counts, tickets and field names to the public application form of
//                  the production server (reliability/apply-uploads.ts), and hostile photos to the visit form
//                  and the event gallery (reliability/photo-uploads.ts): each refused, nothing written
// `npm run test:reliability -- bad-input` (or prototype-http, concurrency,crash, xlsx-memory or uploads)
// runs only those parts; all of them by default.
// On SQLite by default; on PostgreSQL (`npm run test:reliability:pg`) with RELIABILITY_DATABASE=postgres or a
// postgresql:// RELIABILITY_DATABASE_URL: the bad-input files then get databases copied from a migrated
// template (TEST_DATABASE=postgres, as `npm run test:integration:pg`), and the server a fresh database on
// the server of TEST_POSTGRES_URL (default postgresql://indh:indh@localhost:5432/indh; start one with
// `bash scripts/postgres-local.sh`), migrated and seeded as on a first start, dropped after the run.
// Settings: RELIABILITY_DATABASE_URL (the server's database, recreated empty first; default a fresh SQLite
// file in .tmp/reliability, or a new database indh_reliability_* on PostgreSQL), RELIABILITY_DURATION_SECONDS
// (60), RELIABILITY_WRITERS (8), RELIABILITY_IMPORT_ROWS (10000), RELIABILITY_PORT (3400),
// RELIABILITY_SKIP_BUILD=1, RELIABILITY_SEED, RELIABILITY_CRASH_AFTER_MS (800).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createTestUser } from "@/lib/testing/test-user";
import { createPrismaClient, type PrismaClient } from "@/lib/db";
import { isPostgresUrl } from "@/lib/database-url";
import { randomDatabaseName, testPostgresUrl, withDatabase } from "@/lib/testing/postgres";
import { buildIfStale, dropPostgresDatabase, prepareDatabase, startServer, type AppServer } from "./reliability-server";
import { formatTable, readAllProblems, readAllResults, recordResults, type ResultRow } from "../reliability/report";
import { frenchMessage, readActionIds } from "../reliability/http-forms";
import { runPollutionOverHttp } from "../reliability/pollution-http";
import { hashSessionToken, newSessionToken, SESSION_COOKIE, SESSION_LIFETIME_MS } from "@/lib/auth/session-token";
import { serverFixture } from "../reliability/server-fixture";
import { runConcurrency } from "../reliability/concurrency";
import { runCrash } from "../reliability/crash";
import { runXlsxMemory } from "../reliability/xlsx-memory";
import { waitForSqliteJournal } from "../reliability/crash-import";
import { postgresIntegrity, waitForImportWriteOnPostgres } from "../reliability/postgres-checks";
import { compareSummariesWithRebuild } from "../reliability/summary-check";
import { runApplyUploads } from "../reliability/apply-uploads";
import { runPhotoUploads } from "../reliability/photo-uploads";

const PARTS = ["bad-input", "prototype-http", "xlsx-memory", "concurrency", "crash", "uploads"] as const;
const requested = (process.argv[2] ?? PARTS.join(",")).split(",");
const appDir = process.cwd();
const onPostgres = process.env.RELIABILITY_DATABASE === "postgres" || isPostgresUrl(process.env.RELIABILITY_DATABASE_URL ?? "");
const label = onPostgres ? "PostgreSQL" : "SQLite";
// Apart per database, so a run on one does not erase the other's results.
const resultsDir = path.resolve(process.env.RELIABILITY_RESULTS_DIR ?? (onPostgres ? ".tmp/reliability-pg" : ".tmp/reliability"));
process.env.RELIABILITY_RESULTS_DIR = resultsDir; // read by reliability/report.ts, here and in vitest
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(0);
const timings: string[] = [];
const problems: string[] = [];

function badInput(): void {
  const started = Date.now();
  const result = spawnSync(path.join(appDir, "node_modules/.bin/vitest"), ["run", "-c", "vitest.reliability.config.mts"], {
    stdio: "inherit", env: { ...process.env, ...(onPostgres ? { TEST_DATABASE: "postgres" } : {}) },
  });
  timings.push(`bad input ${seconds(started)} s`);
  if (result.status !== 0) problems.push(`bad input: vitest exited with ${result.status} (details above; every payload not refused in ${resultsDir}/bad-input-actions.failures.txt)`);
}

/** The HTTP half of bad input: a server of its own (SQLite file or PostgreSQL database), with the prototype watch. */
async function pollutionOverHttp(): Promise<void> {
  const started = Date.now();
  buildIfStale(appDir);
  const databaseUrl = onPostgres ? withDatabase(testPostgresUrl(), randomDatabaseName("indh_pollution")) : `file:${path.join(resultsDir, "pollution.db")}`;
  const port = Number(process.env.RELIABILITY_PORT ?? 3400);
  await prepareDatabase(appDir, databaseUrl);
  // The pages are checked after every payload: the API's limit of 60 a minute would answer 429.
  process.env.API_RATE_LIMIT = "1000000";
  const server = await startServer(appDir, databaseUrl, port, path.join(resultsDir, "pollution-server.log"), ["--import", "./reliability/prototype-watch.mjs"]);
  const db = createPrismaClient(databaseUrl);
  try {
    // An administrator of the seeded prefecture made for this run (no demo account has a known password).
    const { id: prefectureId } = await db.prefecture.findUniqueOrThrow({ where: { code: "TANGER-ASSILAH" } });
    const { user: admin } = await createTestUser(db, { role: "ADMIN", prefectureId });
    const token = newSessionToken();
    await db.session.create({ data: { tokenHash: hashSessionToken(token), userId: admin.id, expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS) } });
    const { rows, failures } = await runPollutionOverHttp({ baseUrl: server.baseUrl, cookie: `${SESSION_COOKIE}=${token}`, actionIds: readActionIds(appDir) });
    recordResults("bad-input-http.json", rows);
    problems.push(...failures.slice(0, 20).map((f) => `bad input, HTTP: ${f}`));
  } finally {
    await db.$disconnect();
    await server.stop();
    if (onPostgres) await dropPostgresDatabase(databaseUrl);
  }
  timings.push(`prototype names over HTTP ${seconds(started)} s`);
}

/**
 * Hostile uploads to the public application form (reliability/apply-uploads.ts) and photos to the workspace's
 * visit form and event gallery (reliability/photo-uploads.ts), on one server of their own.
 */
async function uploads(): Promise<void> {
  const started = Date.now();
  buildIfStale(appDir);
  const databaseUrl = onPostgres ? withDatabase(testPostgresUrl(), randomDatabaseName("indh_uploads")) : `file:${path.join(resultsDir, "uploads.db")}`;
  const port = Number(process.env.RELIABILITY_PORT ?? 3400);
  await prepareDatabase(appDir, databaseUrl);
  // Posted at once after the form is read, and more than 20 times from one address: the form's wait and
  // rate limit are not what is under test here.
  process.env.APPLY_MIN_FILL_SECONDS = "0";
  process.env.APPLY_RATE_LIMIT = "1000";
  const server = await startServer(appDir, databaseUrl, port, path.join(resultsDir, "uploads-server.log"));
  const db = createPrismaClient(databaseUrl);
  try {
    const context = { baseUrl: server.baseUrl, db, actionIds: readActionIds(appDir), appDir, databaseLabel: label };
    const application = await runApplyUploads(context);
    recordResults("apply-uploads.json", application.rows);
    problems.push(...application.failures.map((f) => `application uploads: ${f}`));
    const photos = await runPhotoUploads(context);
    recordResults("photo-uploads.json", photos.rows);
    problems.push(...photos.failures.map((f) => `photo uploads: ${f}`));
  } finally {
    await db.$disconnect();
    await server.stop();
    if (onPostgres) await dropPostgresDatabase(databaseUrl);
  }
  timings.push(`uploads ${seconds(started)} s`);
}

async function serverParts(): Promise<void> {
  let started = Date.now();
  const built = buildIfStale(appDir);
  timings.push(`build ${built} ${seconds(started)} s`);
  const databaseUrl =
    process.env.RELIABILITY_DATABASE_URL ??
    (onPostgres ? withDatabase(testPostgresUrl(), randomDatabaseName("indh_reliability")) : `file:${path.join(resultsDir, "server.db")}`);
  const isSqlite = databaseUrl.startsWith("file:");
  const port = Number(process.env.RELIABILITY_PORT ?? 3400);
  const log = path.join(resultsDir, "server.log");
  started = Date.now();
  await prepareDatabase(appDir, databaseUrl);
  try {
    await runOnServer(databaseUrl, isSqlite, port, log, started);
  } finally {
    // A database this run named itself goes with it; one given in RELIABILITY_DATABASE_URL stays to be looked at.
    if (onPostgres && !process.env.RELIABILITY_DATABASE_URL) await dropPostgresDatabase(databaseUrl);
  }
}

async function runOnServer(databaseUrl: string, isSqlite: boolean, port: number, log: string, since: number): Promise<void> {
  let started = since;
  let server: AppServer = await startServer(appDir, databaseUrl, port, log);
  timings.push(`database and server ${seconds(started)} s`);
  let db: PrismaClient = createPrismaClient(databaseUrl);
  const rows: ResultRow[] = [];
  try {
    const fixture = await serverFixture(db, Number(process.env.RELIABILITY_WRITERS ?? 8));
    const common = { baseUrl: server.baseUrl, actionIds: readActionIds(appDir), conflictText: frenchMessage(appDir, "conflict"), fixture };
    if (requested.includes("xlsx-memory")) {
      started = Date.now();
      const { rows: memoryRows, failures } = await runXlsxMemory({ baseUrl: server.baseUrl, cookie: fixture.cookies[0]! }, server.pid);
      rows.push(...memoryRows);
      problems.push(...failures.map((f) => `xlsx memory: ${f}`));
      timings.push(`xlsx memory ${seconds(started)} s`);
    }
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
      let crashedAt = new Date();
      const { rows: crashRows, failures } = await runCrash({
        ...common,
        db: () => db,
        rows: Number(process.env.RELIABILITY_IMPORT_ROWS ?? 10_000),
        crashAndRestart: async () => {
          crashedAt = new Date();
          await server.crash();
          await db.$disconnect();
          server = await startServer(appDir, databaseUrl, port, log);
          db = createPrismaClient(databaseUrl);
        },
        integrityCheck: async () => (isSqlite ? sqliteIntegrity(databaseUrl) : postgresIntegrity(databaseUrl, crashedAt)),
        waitForMidImport: (finished) =>
          isSqlite ? waitForSqliteJournal(`${databaseUrl.slice("file:".length)}-journal`, finished) : waitForImportWriteOnPostgres(databaseUrl, finished),
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

function sqliteIntegrity(databaseUrl: string): { ok: boolean; text: string } {
  const db = new Database(databaseUrl.slice("file:".length), { readonly: true });
  try {
    const text = (db.prepare("PRAGMA integrity_check").pluck().all() as string[]).join("; ");
    return { ok: text === "ok", text };
  } finally {
    db.close();
  }
}

async function main() {
  const started = Date.now();
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  if (requested.includes("bad-input")) badInput();
  if (requested.includes("prototype-http")) {
    try {
      await pollutionOverHttp();
    } catch (error) {
      problems.push(`bad input, HTTP: ${(error as Error).stack ?? String(error)}`);
    }
  }
  if (requested.includes("uploads")) {
    try {
      await uploads();
    } catch (error) {
      problems.push(`uploads: ${(error as Error).stack ?? String(error)}`);
    }
  }
  if (requested.some((part) => part === "xlsx-memory" || part === "concurrency" || part === "crash")) {
    try {
      await serverParts();
    } catch (error) {
      problems.push(`server parts: ${(error as Error).stack ?? String(error)}`);
    }
  }
  const results = readAllResults();
  problems.unshift(...readAllProblems());
  const totals = results.filter((r) => r.part === "bad input").reduce((t, r) => ({ payloads: t.payloads + Number(r.counts.payloads ?? 0), changed: t.changed + Number(r.counts["rows changed"] ?? 0) }), { payloads: 0, changed: 0 });
  console.log(`\n=== Reliability suite on ${label}: counts ===`);
  for (const part of ["bad input", "memory", "concurrency", "crash"] as const) {
    const rows = results.filter((r) => r.part === part);
    if (rows.length > 0) console.log(`\n${formatTable(rows)}`);
  }
  console.log(`\nBad input: ${totals.payloads} payloads, ${totals.changed} rows changed. Timings: ${timings.join(", ")}; total ${seconds(started)} s.`);
  const failed = results.filter((r) => !r.ok).length;
  if (problems.length > 0) console.log(`\nProblems:\n- ${problems.slice(0, 40).join("\n- ")}`);
  console.log(failed === 0 && problems.length === 0 ? `\nReliability suite on ${label}: PASSED` : `\nReliability suite on ${label}: FAILED (${failed} rows not ok)`);
  process.exit(failed === 0 && problems.length === 0 ? 0 : 1);
}

void main();
