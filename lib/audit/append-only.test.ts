// The audit trail is append-only: no code path may update or delete an entry. This scans the source
// for any Prisma call or raw SQL that would, so that a future change cannot slip one in unnoticed.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["lib", "app", "components", "scripts", "prisma/seed"];
const SKIP = new Set(["node_modules", "generated", ".next"]);
// Built from parts so that this file does not match itself.
const MODEL = ["audit", "Entry"].join("");
const FORBIDDEN = [
  new RegExp(`${MODEL}\\s*\\??\\.\\s*(update|updateMany|upsert|delete|deleteMany|updateManyAndReturn)\\b`),
  new RegExp(`\\b(update|delete\\s+from)\\s+"?${MODEL}"?`, "i"),
  new RegExp(`\\[\\s*["'\`]${MODEL}["'\`]\\s*\\]\\s*\\.\\s*(update|upsert|delete)`),
];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourceFiles(full);
    return /\.(ts|tsx|js|mjs|cjs|sql)$/.test(entry.name) ? [full] : [];
  });
}

describe("the audit trail is append-only", () => {
  it("has no code path that updates or deletes an audit entry", () => {
    const files = ROOTS.flatMap((root) => sourceFiles(path.join(process.cwd(), root)));
    expect(files.length).toBeGreaterThan(50); // the scan really ran over the codebase
    // The one exception, by law: 09-08's erasure blanks the personal fields of an expired application's
    // entries (never deletes one); lib/applications/retention.int.test.ts checks exactly what it changes.
    const ALLOWED = new Set(["lib/applications/retention.ts"]);
    const offenders = files.filter((file) => !ALLOWED.has(path.relative(process.cwd(), file))).flatMap((file) => {
      const text = fs.readFileSync(file, "utf8");
      return FORBIDDEN.some((pattern) => pattern.test(text)) ? [path.relative(process.cwd(), file)] : [];
    });
    expect(offenders).toEqual([]);
  });

  it("would notice one", () => {
    const [call, sql] = FORBIDDEN;
    expect(call!.test(`tx.${MODEL}.deleteMany({})`)).toBe(true);
    expect(call!.test(`db.${MODEL} .update({ where })`)).toBe(true);
    expect(sql!.test(`DELETE FROM "${MODEL[0]!.toUpperCase()}${MODEL.slice(1)}"`)).toBe(true);
    expect(call!.test(`tx.${MODEL}.create({ data })`)).toBe(false);
  });
});
