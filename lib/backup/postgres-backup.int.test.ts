import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createDatabase, dropDatabase, isPostgresTestRun, randomDatabaseName, testPostgresUrl, withDatabase } from "@/lib/testing/postgres";
import { seedAll } from "@/prisma/seed/seed-all";
import { libpqEnvironment } from "./postgres-tools";

// PostgreSQL only (TEST_DATABASE=postgres): on SQLite the database is backed up by sqlite-backup.ts, tested
// in sqlite-backup.int.test.ts. Everything goes through the real commands, as an operator runs them.
const onPostgres = isPostgresTestRun();
const live = onPostgres ? process.env.DATABASE_URL! : ""; // this test file's own database
// Made only when the tests run: vitest skips the afterAll of a file whose tests are all skipped.
const scratch = onPostgres ? fs.mkdtempSync(path.join(os.tmpdir(), "indh-pg-backup-test-")) : "";
const madeHere: string[] = []; // databases made here, to drop afterwards
const backupsFolderExisted = fs.existsSync("backups");

const run = promisify(execFile);

/** `tsx scripts/<script>` as a child process (async: the load test keeps writing meanwhile). */
async function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<{ status: number; output: string }> {
  try {
    const { stdout, stderr } = await run("node_modules/.bin/tsx", [script, ...args], { env: { ...process.env, ...env }, encoding: "utf8" });
    return { status: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, output: `${e.stdout}${e.stderr}` };
  }
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Everything a restore must bring back, from the catalog and the data: columns, indexes and constraints;
 * every table's rows in their exact text form (money to the centime, instants to the millisecond), ordered
 * by primary key; every sequence's position (so ids given after the restore do not collide).
 */
async function fingerprint(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows;
  try {
    const columns = await q(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
    );
    const indexes = await q("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname");
    const constraints = await q(
      `SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
    );
    const tables: Record<string, string[]> = {};
    for (const { name } of await q("SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relname")) {
      const key = await q(
        `SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
         WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)`,
        [`public.${quote(name)}`],
      );
      expect(key.length, `${name} has a primary key`).toBeGreaterThan(0);
      const order = key.map((column) => quote(column.attname)).join(", ");
      tables[name] = (await q(`SELECT t::text AS row FROM public.${quote(name)} t ORDER BY ${order}`)).map((r) => r.row as string);
    }
    const sequences: Record<string, string> = {};
    for (const { name } of await q("SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' ORDER BY relname")) {
      const [position] = await q(`SELECT last_value::text AS last, is_called FROM public.${quote(name)}`);
      sequences[name] = `${position!.last} called=${position!.is_called}`;
    }
    return { columns, indexes, constraints, tables, sequences };
  } finally {
    await client.end();
  }
}

/** A new empty database on the test server, dropped at the end (and by the run's teardown in any case). */
async function emptyDatabase(encoding = "UTF8"): Promise<string> {
  const name = randomDatabaseName(process.env.TEST_POSTGRES_RUN ?? "indh_test");
  if (encoding === "UTF8") await createDatabase(testPostgresUrl(), name);
  else await query(testPostgresUrl(), `CREATE DATABASE ${quote(name)} TEMPLATE template0 ENCODING '${encoding}' LC_COLLATE 'C' LC_CTYPE 'C'`);
  madeHere.push(name);
  return withDatabase(testPostgresUrl(), name);
}

/** The `  Table  rows` lines the commands print. */
function printedCounts(output: string): Record<string, number> {
  return Object.fromEntries([...output.matchAll(/^ {2}(\S+)\s+(\d+)$/gm)].map((m) => [m[1]!, Number(m[2])]));
}

function safetyCopyIn(output: string): string {
  return /The previous database is kept in (\S+)/.exec(output)?.[1] ?? "(none printed)";
}

const passwordInUrl = /:\/\/[^/@]*:indh@/; // the test role's password, which must never be printed

beforeAll(async () => {
  if (!onPostgres) return;
  const db = getDb();
  await seedAll(db, { demo: true });
  // Values a careless copy would round or shift: centimes beyond 2^53, instants with milliseconds.
  const grant = await db.grant.findFirstOrThrow({ where: { tranches: { some: {} } }, orderBy: { id: "desc" } });
  await db.grant.update({ where: { id: grant.id }, data: { totalCostCentimes: 2n ** 60n + 7n, acknowledgedAt: new Date("2025-02-23T02:30:00.123Z") } });
  await db.signInFailure.create({ data: { key: "backup-test", createdAt: new Date("2025-07-09T09:00:00.001Z") } });
}, 120_000);

afterAll(async () => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  // The restores keep the database they replace in backups/<database>.before-restore-<timestamp>.dump.
  const databases = [live, ...madeHere].filter(Boolean).map((url) => (url.includes("://") ? new URL(url).pathname.slice(1) : url));
  if (fs.existsSync("backups")) {
    for (const file of fs.readdirSync("backups")) {
      if (databases.some((name) => file.startsWith(`${name}.before-restore-`))) fs.rmSync(path.join("backups", file));
    }
    if (!backupsFolderExisted && fs.readdirSync("backups").length === 0) fs.rmdirSync("backups");
  }
  for (const name of madeHere) await dropDatabase(testPostgresUrl(), name);
});

describe.skipIf(!onPostgres)("PostgreSQL backup and restore (skipped on SQLite: TEST_DATABASE=postgres runs it)", () => {
  it("npm run db:backup, then db:restore after inserts, updates and deletes: the database as it was at the backup", async () => {
    const atBackup = await fingerprint(live);
    const out = path.join(scratch, "round-trip", "copy.dump");
    const backedUp = await runScript("scripts/db-backup.ts", ["--out", out]);
    expect(backedUp.output).toContain(`to ${out} (`);
    expect(backedUp.status).toBe(0);
    expect(printedCounts(backedUp.output).Grant).toBe(atBackup.tables.Grant!.length);
    expect(backedUp.output).not.toMatch(passwordInUrl);
    expect(fs.readdirSync(path.dirname(out))).toEqual(["copy.dump"]); // no partial file left behind
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect(await runScript("scripts/db-backup.ts", ["--out", out])).toMatchObject({ status: 2, output: expect.stringContaining("already exists") });

    // Life goes on: a grant deleted (its tranches with it), money and dates changed, rows added (ids
    // drawn from the sequences), and a table and a migration the backup does not have (a newer version).
    const db = getDb();
    const deleted = await db.grant.findFirstOrThrow({ where: { tranches: { some: {} }, visits: { none: {} }, convention: null }, orderBy: { id: "asc" } });
    await db.grant.delete({ where: { id: deleted.id } });
    // A photo deleted with its files: the restore must bring the pictures back, bytes included.
    expect(atBackup.tables.PhotoVariant!.length).toBeGreaterThan(0);
    const photo = await db.photo.findFirstOrThrow({ include: { variants: true } });
    await db.photo.delete({ where: { id: photo.id } });
    await db.storedFile.deleteMany({ where: { id: { in: photo.variants.map((v) => v.fileId) } } });
    const changed = await db.grant.findFirstOrThrow({ where: { tranches: { some: {} } }, orderBy: { id: "desc" } });
    await db.grant.update({ where: { id: changed.id }, data: { totalCostCentimes: 1n, indhContributionCentimes: 2n ** 53n + 1n, approvedOn: new Date("2030-01-01T00:00:00.999Z") } });
    await db.grantTranche.updateMany({ where: { grantId: changed.id }, data: { amountCentimes: 123n, paidOn: new Date("2029-12-31T23:59:59.999Z") } });
    const model = await db.cooperative.findFirstOrThrow();
    await db.cooperative.create({
      data: {
        prefectureId: model.prefectureId, sectorId: model.sectorId, communeId: model.communeId, registerNumber: "BACKUP-TEST-1",
        nameAr: "تعاونية بعد النسخة", nameFr: "Coopérative après la sauvegarde", members: 7, womenMembers: 4, youngMembers: 2,
      },
    });
    await db.signInFailure.create({ data: { key: "after-backup" } });
    await db.$executeRawUnsafe(`CREATE TABLE "AfterBackup" (id SERIAL PRIMARY KEY, note TEXT)`);
    await db.$executeRawUnsafe(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('after-backup', 'x', '29991231000000_after_backup', now(), now(), 1)`,
    );
    const beforeRestore = await fingerprint(live);
    expect(beforeRestore).not.toEqual(atBackup);

    const refused = await runScript("scripts/db-restore.ts", [out]);
    expect(refused.status).toBe(2);
    expect(refused.output).toContain("would be replaced");
    expect(refused.output).toContain("--yes");
    expect(printedCounts(refused.output).AfterBackup).toBe(0);
    expect(refused.output).not.toMatch(passwordInUrl);
    expect(await fingerprint(live)).toEqual(beforeRestore);

    await db.$disconnect(); // the app stops for a restore
    const restored = await runScript("scripts/db-restore.ts", [out, "--yes"]);
    await db.$connect();
    expect(restored.output).toContain("in one transaction");
    expect(restored.status).toBe(0);
    expect(restored.output).not.toMatch(passwordInUrl);
    const after = await fingerprint(live);
    expect(after.tables).toEqual(atBackup.tables);
    expect(after.sequences).toEqual(atBackup.sequences);
    expect(after).toEqual(atBackup); // and the columns, indexes and constraints
    expect(after.tables.AfterBackup).toBeUndefined();

    // The migrations table is the backup's, and the app's migrations are all in it.
    const migrations = await db.$queryRawUnsafe<{ migration_name: string }[]>(`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`);
    const folders = fs.readdirSync("prisma/postgres/migrations", { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(migrations.map((m) => m.migration_name)).toEqual(folders);
    // New rows continue from the backup's sequences: no id collides with a restored one.
    const coopSequence = Number(/^(\d+)/.exec(atBackup.sequences.Cooperative_id_seq!)![1]);
    const next = await db.cooperative.create({
      data: { prefectureId: model.prefectureId, sectorId: model.sectorId, communeId: model.communeId, registerNumber: "BACKUP-TEST-2", nameAr: "ب", nameFr: "B", members: 7, womenMembers: 4, youngMembers: 2 },
    });
    expect(next.id).toBe(coopSequence + 1);
    await db.cooperative.delete({ where: { id: next.id } });

    // The database as it was before the restore was kept, and restores (into an empty database: no --yes).
    const safetyCopy = safetyCopyIn(restored.output);
    expect(path.basename(safetyCopy)).toMatch(/\.before-restore-\d{8}T\d{6}Z\.dump$/);
    const empty = await emptyDatabase();
    const back = await runScript("scripts/db-restore.ts", [safetyCopy], { DATABASE_URL: empty });
    expect(back.status).toBe(0);
    expect(await fingerprint(empty)).toEqual(beforeRestore);
  }, 180_000);

  it("refuses a truncated, damaged or foreign file before touching the database", async () => {
    const good = path.join(scratch, "good.dump");
    expect((await runScript("scripts/db-backup.ts", ["--out", good])).status).toBe(0);
    const bytes = fs.readFileSync(good);
    const truncated = path.join(scratch, "truncated.dump");
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const damaged = path.join(scratch, "damaged.dump");
    fs.writeFileSync(damaged, Buffer.concat([bytes.subarray(0, 40_000), Buffer.alloc(4096, 0x55), bytes.subarray(40_000 + 4096)]));
    const text = path.join(scratch, "notes.txt");
    fs.writeFileSync(text, "not a backup\n".repeat(100));
    const sqlite = path.join(scratch, "sqlite.db");
    new Database(sqlite).exec("CREATE TABLE note (id INTEGER PRIMARY KEY)");
    // A real pg_dump archive, of another database.
    const other = await emptyDatabase();
    await query(other, "CREATE TABLE note (id SERIAL PRIMARY KEY, body TEXT); INSERT INTO note (body) VALUES ('hello')");
    const foreign = path.join(scratch, "foreign.dump");
    await run("pg_dump", ["--format=custom", "--no-password", `--file=${foreign}`], { env: libpqEnvironment(other) });

    const before = await fingerprint(live);
    const backupsBefore = fs.existsSync("backups") ? fs.readdirSync("backups").sort() : [];
    const cases: [string, RegExp][] = [
      [truncated, /is damaged or incomplete: pg_restore cannot read it to the end/],
      [damaged, /is damaged or incomplete: pg_restore cannot read it to the end/],
      [text, /is not a pg_dump archive/],
      [sqlite, /is a SQLite backup/],
      [foreign, /is not a database of this app \(missing tables: _prisma_migrations/],
      [path.join(scratch, "absent.dump"), /There is no file/],
    ];
    for (const [file, message] of cases) {
      const refused = await runScript("scripts/db-restore.ts", [file, "--yes"]);
      expect(refused.output, file).toMatch(message);
      expect(refused.status, file).toBe(2);
    }
    expect(await fingerprint(live)).toEqual(before);
    expect(fs.existsSync("backups") ? fs.readdirSync("backups").sort() : []).toEqual(backupsBefore); // refused before any safety copy
  }, 120_000);

  it("rolls back a restore that fails halfway: the database is left as it was", async () => {
    const backup = path.join(scratch, "halfway.dump");
    expect((await runScript("scripts/db-backup.ts", ["--out", backup])).status).toBe(0);
    // A LATIN1 database cannot hold the Arabic names: the restore fails in the middle of the data, after
    // the tables were dropped and recreated in its transaction.
    const target = await emptyDatabase("LATIN1");
    await query(target, `CREATE TABLE "Region" (id SERIAL PRIMARY KEY, "nameFr" TEXT); INSERT INTO "Region" ("nameFr") VALUES ('Rabat'), ('Salé')`);
    await query(target, `CREATE TABLE "Kept" (id SERIAL PRIMARY KEY); INSERT INTO "Kept" DEFAULT VALUES`);
    const before = await fingerprint(target);

    const failed = await runScript("scripts/db-restore.ts", [backup, "--yes"], { DATABASE_URL: target });
    expect(failed.output).toContain('has no equivalent in encoding "LATIN1"');
    expect(failed.output).toContain("Nothing was changed");
    expect(failed.status).toBe(1);
    expect(await fingerprint(target)).toEqual(before);
    const safetyCopy = /The backup of the database made before the attempt is (\S+)/.exec(failed.output)?.[1];
    expect(fs.existsSync(safetyCopy!)).toBe(true);
  }, 120_000);

  it("takes a backup whose printed counts are the rows it holds, while another session keeps writing", async () => {
    const writer = new pg.Client({ connectionString: live });
    await writer.connect();
    let transactions = 0;
    let writing = true;
    // Each transaction adds 20 sign-in failures and 20 audit entries: a snapshot has all of them or none.
    const loop = (async () => {
      while (writing) {
        await writer.query("BEGIN");
        await writer.query(`INSERT INTO "SignInFailure" (key, "createdAt") SELECT 'backup-load', now() FROM generate_series(1, 20)`);
        await writer.query(`INSERT INTO "AuditEntry" (at, "userEmail", action, "entityType", "entityId") SELECT now(), 'writer', 'CREATE', 'BackupTest', g::text FROM generate_series(1, 20) g`);
        await writer.query("COMMIT");
        transactions++;
      }
    })();
    try {
      while (transactions < 5) await new Promise((resolve) => setTimeout(resolve, 10));
      const startedAt = transactions;
      const out = path.join(scratch, "under-load.dump");
      const backedUp = await runScript("scripts/db-backup.ts", ["--out", out]);
      expect(backedUp.status).toBe(0);
      expect(transactions).toBeGreaterThan(startedAt); // the writer kept writing during the backup
      writing = false;
      await loop;

      const copy = await emptyDatabase();
      const restored = await runScript("scripts/db-restore.ts", [out], { DATABASE_URL: copy });
      expect(restored.status).toBe(0);
      expect(printedCounts(restored.output)).toEqual(printedCounts(backedUp.output));
      const [counts] = await query<{ failures: string; entries: string }>(
        copy,
        `SELECT (SELECT count(*) FROM "SignInFailure" WHERE key = 'backup-load') AS failures, (SELECT count(*) FROM "AuditEntry" WHERE "entityType" = 'BackupTest') AS entries`,
      );
      expect(Number(counts!.failures)).toBe(Number(counts!.entries));
      expect(Number(counts!.failures) % 20).toBe(0);
      expect(Number(counts!.failures)).toBeGreaterThan(0);
    } finally {
      writing = false;
      await loop.catch(() => {});
      await writer.end();
    }
  }, 120_000);

  it("says how to install pg_dump when it is missing or older than the server", async () => {
    const bin = path.join(scratch, "bin");
    fs.mkdirSync(bin);
    fs.symlinkSync(process.execPath, path.join(bin, "node")); // tsx runs on node; nothing else on this PATH
    const missing = await runScript("scripts/db-backup.ts", ["--out", path.join(scratch, "never.dump")], { PATH: bin });
    expect(missing.output).toMatch(/pg_dump was not found on PATH.*apt-get install postgresql-client-\d+/s);
    expect(missing.status).toBe(2);

    fs.writeFileSync(path.join(bin, "pg_dump"), "#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n", { mode: 0o755 });
    const old = await runScript("scripts/db-backup.ts", ["--out", path.join(scratch, "never.dump")], { PATH: bin });
    expect(old.output).toMatch(/pg_dump \(PostgreSQL\) 9\.6\.24 is older than the server \(PostgreSQL \d+/);
    expect(old.status).toBe(2);
    expect(fs.existsSync(path.join(scratch, "never.dump"))).toBe(false);
  }, 60_000);
});
