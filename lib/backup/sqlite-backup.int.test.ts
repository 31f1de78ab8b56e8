import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { isPostgresTestRun } from "@/lib/testing/postgres";
import { seedAll } from "@/prisma/seed/seed-all";
import {
  backupSqliteDatabase,
  BackupRefusedError,
  quoteIdentifier,
  restoreSqliteDatabase,
  RestoreNeedsConfirmationError,
  sqliteFileFromUrl,
} from "./sqlite-backup";

// SQLite only: on PostgreSQL (TEST_DATABASE=postgres) the database is backed up with pg_dump, not this code.
const onPostgres = isPostgresTestRun();
const live = onPostgres ? "" : sqliteFileFromUrl(process.env.DATABASE_URL!); // this test file's own database
// Not made on PostgreSQL runs: vitest skips afterAll when every test of the file is skipped.
const scratch = onPostgres ? "" : fs.mkdtempSync(path.join(os.tmpdir(), "indh-backup-test-"));

/** Every table's schema and rows, each table ordered by its primary key: equal dumps, identical databases. */
function dump(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.defaultSafeIntegers(true); // centimes may exceed 2^53
  try {
    const schema = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").all() as { type: string; name: string }[];
    const tables: Record<string, unknown[]> = {};
    for (const { name } of schema.filter((entry) => entry.type === "table")) {
      const columns = db.pragma(`table_info(${quoteIdentifier(name)})`) as { name: string; pk: bigint }[];
      const key = columns.filter((column) => column.pk > 0n).sort((a, b) => Number(a.pk - b.pk));
      const order = (key.length > 0 ? key : columns).map((column) => quoteIdentifier(column.name)).join(", ");
      tables[name] = db.prepare(`SELECT * FROM ${quoteIdentifier(name)} ORDER BY ${order}`).all();
    }
    return JSON.stringify({ schema, tables }, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  } finally {
    db.close();
  }
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma("integrity_check", { simple: true }) as string;
  } finally {
    db.close();
  }
}

function runScript(script: string, ...args: string[]): { status: number; output: string } {
  try {
    const output = execFileSync("node_modules/.bin/tsx", [script, ...args], { env: { ...process.env }, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
    return { status: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

beforeAll(async () => {
  if (!onPostgres) await seedAll(getDb(), { demo: true });
}, 60_000);

afterAll(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(onPostgres)("SQLite backup and restore (skipped on PostgreSQL: SQLite files only)", () => {
  it("restores the database exactly as it was at the backup, after it changed", async () => {
    const db = getDb();
    const atBackup = dump(live);
    const backup = await backupSqliteDatabase(live, path.join(scratch, "round-trip.db"));
    expect(integrity(backup.file)).toBe("ok");
    expect(dump(backup.file)).toBe(atBackup);
    expect(backup.counts.Grant).toBe(await db.grant.count());
    expect(backup.counts._prisma_migrations).toBeGreaterThan(0);
    // Files are rows too (StoredFile.content): the demonstration photos' variants are in the backup.
    expect(backup.counts.PhotoVariant).toBeGreaterThan(0);
    expect(backup.counts.StoredFile).toBe(await db.storedFile.count());

    // Life goes on: a grant deleted (its tranches and contributions with it), a cooperative added.
    const grant = await db.grant.findFirstOrThrow({ where: { tranches: { some: {} }, visits: { none: {} }, convention: null }, orderBy: { id: "asc" } });
    await db.grant.delete({ where: { id: grant.id } });
    const model = await db.cooperative.findFirstOrThrow();
    await db.cooperative.create({
      data: {
        prefectureId: model.prefectureId, sectorId: model.sectorId, communeId: model.communeId, registerNumber: "BACKUP-TEST-1",
        nameAr: "تعاونية بعد النسخة", nameFr: "Coopérative après la sauvegarde", members: 7, womenMembers: 4, youngMembers: 2,
      },
    });
    // ...and a photo deleted with its files: the restore must bring the pictures back, bytes included.
    const photo = await db.photo.findFirstOrThrow({ include: { variants: true } });
    await db.photo.delete({ where: { id: photo.id } });
    await db.storedFile.deleteMany({ where: { id: { in: photo.variants.map((v) => v.fileId) } } });
    const changed = dump(live);
    expect(changed).not.toBe(atBackup);

    // The app must be stopped for a restore; here Prisma's connection plays the app. Closing it first means
    // no open connection holds a lock the restore would wait on, or cached pages and prepared statements
    // from the replaced file; Prisma reopens the file on the next query, as a restarted app would.
    await db.$disconnect();
    const restored = await restoreSqliteDatabase({ from: backup.file, to: live, overwrite: true });
    await db.$connect();

    expect(dump(live)).toBe(atBackup);
    expect(integrity(live)).toBe("ok");
    expect(restored.counts).toEqual(backup.counts);
    expect(restored.safetyCopy).toMatch(/\.before-restore-\d{8}T\d{6}Z$/);
    expect(dump(restored.safetyCopy!)).toBe(changed);
    expect(await db.grant.findUnique({ where: { id: grant.id } })).not.toBeNull();
    expect(await db.cooperative.count({ where: { registerNumber: "BACKUP-TEST-1" } })).toBe(0);
  });

  it("takes consistent backups while another process keeps writing", async () => {
    const writer = startWriter(live);
    try {
      await writer.ready;
      const backups = [];
      for (let i = 0; i < 10; i++) {
        backups.push(await backupSqliteDatabase(live, path.join(scratch, `under-load-${i}.db`)));
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // Killed like a crashed app, perhaps in the middle of a transaction, leaving a hot rollback journal
      // that a backup must roll back (read-only connections cannot) rather than copy half a transaction.
      await writer.stop();
      backups.push(await backupSqliteDatabase(live, path.join(scratch, "after-crash.db")));
      for (const backup of backups) {
        expect(integrity(backup.file)).toBe("ok");
        // Each writer transaction adds 20 sign-in failures and 20 audit entries: a snapshot has all or none.
        const copy = new Database(backup.file, { readonly: true });
        const failures = copy.prepare("SELECT count(*) FROM SignInFailure WHERE key = 'backup-test'").pluck().get() as number;
        const entries = copy.prepare("SELECT count(*) FROM AuditEntry WHERE entityType = 'BackupTest'").pluck().get() as number;
        copy.close();
        expect(failures).toBe(entries);
        expect(failures % 20).toBe(0);
      }
      const first = backups[0]!.counts.SignInFailure!;
      const last = backups.at(-1)!.counts.SignInFailure!;
      expect(last).toBeGreaterThan(first); // the writer really was writing between the backups
    } finally {
      await writer.stop();
    }
  });

  it("refuses a file that is not a database, or not this app's, leaving the target unchanged", async () => {
    const before = dump(live);
    // Other test files' databases share the folder: look only at this one's and files named after it.
    const filesBeside = () => fs.readdirSync(path.dirname(live)).filter((name) => name.startsWith(path.basename(live))).sort();
    const filesBefore = filesBeside();
    const text = path.join(scratch, "notes.txt");
    fs.writeFileSync(text, "not a database\n".repeat(100));
    const foreign = path.join(scratch, "foreign.db");
    const other = new Database(foreign);
    other.exec("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO note (body) VALUES ('hello');");
    other.close();
    const damaged = path.join(scratch, "damaged.db");
    fs.copyFileSync(live, damaged);
    const bytes = fs.readFileSync(damaged);
    bytes.fill(0x55, 4096 * 3, 4096 * 6); // scribble over a few pages behind the header
    fs.writeFileSync(damaged, bytes);

    await expect(restoreSqliteDatabase({ from: text, to: live, overwrite: true })).rejects.toThrow(/not a SQLite database/);
    await expect(restoreSqliteDatabase({ from: foreign, to: live, overwrite: true })).rejects.toThrow(/missing tables: _prisma_migrations/);
    await expect(restoreSqliteDatabase({ from: damaged, to: live, overwrite: true })).rejects.toThrow(/fails SQLite's integrity check|cannot be read/);
    await expect(restoreSqliteDatabase({ from: damaged, to: live, overwrite: true })).rejects.toBeInstanceOf(BackupRefusedError);
    await expect(restoreSqliteDatabase({ from: path.join(scratch, "absent.db"), to: live, overwrite: true })).rejects.toThrow(/no file/);
    expect(dump(live)).toBe(before);
    expect(filesBeside()).toEqual(filesBefore); // refused before any safety copy
  });

  it("refuses to overwrite an existing database without confirmation, saying what it holds", async () => {
    const backup = await backupSqliteDatabase(live, path.join(scratch, "confirm.db"));
    const target = path.join(scratch, "other-target.db");
    fs.copyFileSync(backup.file, target);
    const error = await restoreSqliteDatabase({ from: backup.file, to: target, overwrite: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreNeedsConfirmationError);
    expect((error as RestoreNeedsConfirmationError).target.counts).toEqual(backup.counts);
    expect(fs.readdirSync(scratch).filter((name) => name.startsWith("other-target.db."))).toEqual([]); // no safety copy either
    await expect(backupSqliteDatabase(live, backup.file)).rejects.toThrow(/already exists/);
  });

  it("npm run db:backup and db:restore: the commands around the same functions", async () => {
    const out = path.join(scratch, "by-command", "copy.db");
    const backedUp = runScript("scripts/db-backup.ts", "--out", out);
    expect(backedUp.status).toBe(0);
    expect(backedUp.output).toContain(`to ${out} (`);
    expect(backedUp.output).toMatch(/Grant\s+\d+/);

    const refused = runScript("scripts/db-restore.ts", out);
    expect(refused.status).toBe(2);
    expect(refused.output).toContain(`${live} (`);
    expect(refused.output).toContain("--yes");

    await getDb().$disconnect(); // the app stops for a restore (see the first test)
    const restored = runScript("scripts/db-restore.ts", out, "--yes");
    await getDb().$connect();
    expect(restored.status).toBe(0);
    expect(restored.output).toContain("The previous database is kept in");
    expect(dump(live)).toBe(dump(out));

    // PostgreSQL URLs go to postgres-backup.ts (postgres-backup.int.test.ts); other kinds are refused.
    const mysql = { ...process.env, DATABASE_URL: "mysql://indh@localhost:3306/indh" };
    const unsupported = execFileSync("bash", ["-c", "node_modules/.bin/tsx scripts/db-backup.ts 2>&1; echo \"exit $?\""], { env: mysql, encoding: "utf8" });
    expect(unsupported).toContain("DATABASE_URL must be a SQLite file: URL or a postgresql:// URL");
    expect(unsupported).toContain("exit 2");
  }, 60_000);
});

/** Another process writing like a busy app: one transaction at a time, each adding related rows in two tables. */
function startWriter(file: string): { ready: Promise<void>; stop: () => Promise<void> } {
  const program = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1], { timeout: 5000 });
    const failure = db.prepare("INSERT INTO SignInFailure (key, createdAt) VALUES ('backup-test', ?)");
    const entry = db.prepare("INSERT INTO AuditEntry (at, userEmail, action, entityType, entityId) VALUES (?, 'writer', 'CREATE', 'BackupTest', ?)");
    const write = db.transaction((i) => {
      for (let j = 0; j < 20; j++) { failure.run(Date.now()); entry.run(Date.now(), i + "-" + j); }
    });
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; ; i++) {
      write(i);
      if (i === 0) console.log("ready");
      Atomics.wait(pause, 0, 0, 1);
    }`;
  const child: ChildProcess = spawn(process.execPath, ["-e", program, file], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`the writer stopped (${code})`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGKILL");
    });
  return { ready, stop };
}
