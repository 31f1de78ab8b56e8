// Writes prisma/postgres/schema.prisma from prisma/schema.prisma, the one source of the models: the same
// file with the PostgreSQL provider and its own generated client (Prisma 6 generates a client per
// provider). `--check` fails when the checked-in copy is out of date (run by `npm run db:drift`).
// Usage: npx tsx scripts/postgres-schema.ts [--check]
import fs from "node:fs";
import path from "node:path";

const root = path.join(import.meta.dirname, "..");
const source = path.join(root, "prisma", "schema.prisma");
const target = path.join(root, "prisma", "postgres", "schema.prisma");

const HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:schema:postgres`: do not edit, edit that file and run it.\n" +
  "// The same models for PostgreSQL; migrations in prisma/postgres/migrations.\n\n";

/** The PostgreSQL schema for a SQLite schema text; throws when a line it must replace is missing. */
export function postgresSchema(sqlite: string): string {
  const replace = (text: string, from: RegExp, to: string) => {
    if (!from.test(text)) throw new Error(`prisma/schema.prisma: expected ${from} once`);
    return text.replace(from, to);
  };
  let out = replace(sqlite, /^(\s*provider\s*=\s*)"sqlite"$/m, '$1"postgresql"');
  out = replace(out, /^(\s*output\s*=\s*)"\.\.\/lib\/generated\/prisma"$/m, '$1"../../lib/generated/prisma-pg"');
  return HEADER + out;
}

function main() {
  const wanted = postgresSchema(fs.readFileSync(source, "utf8"));
  const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  if (process.argv.includes("--check")) {
    if (current !== wanted) {
      console.error("prisma/postgres/schema.prisma is out of date. Run: npm run db:schema:postgres");
      process.exit(1);
    }
    console.log("prisma/postgres/schema.prisma matches prisma/schema.prisma.");
    return;
  }
  if (current === wanted) return console.log("prisma/postgres/schema.prisma is up to date.");
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, wanted);
  console.log("Wrote prisma/postgres/schema.prisma.");
}

main();
