// Runs before each integration test file: a private copy of the migrated template database, so that
// getDb() (which reads DATABASE_URL) points at rows no other test file can see.
import fs from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";
import { getDb } from "@/lib/db";
import { createDatabase, dropDatabase, isPostgresTestRun, randomDatabaseName, testPostgresUrl, withDatabase } from "@/lib/testing/postgres";

const template = process.env.TEST_TEMPLATE_DATABASE;
if (!template) throw new Error("TEST_TEMPLATE_DATABASE is not set: run integration tests through vitest's globalSetup.");

if (isPostgresTestRun()) {
  const admin = testPostgresUrl();
  const database = randomDatabaseName(process.env.TEST_POSTGRES_RUN ?? "indh_test");
  await createDatabase(admin, database, template);
  process.env.DATABASE_URL = withDatabase(admin, database);
  afterAll(async () => {
    await getDb().$disconnect();
    await dropDatabase(admin, database);
  });
} else {
  const file = path.join(path.dirname(template), `test-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
  afterAll(async () => {
    await getDb().$disconnect();
  });
}
