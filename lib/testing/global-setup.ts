// Builds one migrated SQLite file with the real `prisma migrate deploy`; each integration test file then
// starts from its own copy of it (lib/testing/fresh-database.ts), so files never see each other's rows.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export default function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "indh-test-"));
  const template = path.join(dir, "template.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  process.env.TEST_TEMPLATE_DATABASE = template;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
