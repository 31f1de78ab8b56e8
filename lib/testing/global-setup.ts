// Builds one migrated database with the real `prisma migrate deploy`; each integration test file then
// starts from its own copy of it (lib/testing/fresh-database.ts), so files never see each other's rows.
// SQLite (the default): a template file, copied per test file. TEST_DATABASE=postgres: a template database
// on the server of TEST_POSTGRES_URL, copied per test file with CREATE DATABASE ... TEMPLATE.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  createDatabase,
  dropDatabasesStartingWith,
  isPostgresTestRun,
  randomDatabaseName,
  testPostgresUrl,
  withDatabase,
} from "./postgres";

function migrate(url: string) {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

export default async function setup() {
  if (isPostgresTestRun()) {
    const admin = testPostgresUrl();
    // Every database of this run starts with `run`, so the teardown finds them all, even those of a test
    // file that crashed before its own cleanup.
    const run = randomDatabaseName("indh_test");
    const template = `${run}_template`;
    await createDatabase(admin, template).catch((error: unknown) => {
      throw new Error(`TEST_DATABASE=postgres: cannot create a database at ${admin} (start a server: bash scripts/postgres-local.sh)`, { cause: error });
    });
    migrate(withDatabase(admin, template));
    process.env.TEST_TEMPLATE_DATABASE = template;
    process.env.TEST_POSTGRES_RUN = run;
    return () => dropDatabasesStartingWith(admin, `${run}_`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "indh-test-"));
  const template = path.join(dir, "template.db");
  migrate(`file:${template}`);
  process.env.TEST_TEMPLATE_DATABASE = template;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
