// `npm run user:create -- --email a@b.ma --role ADMIN --prefecture TANGER-ASSILAH [--name "..."] [--national]`
// Creates an account. The password is asked for when a terminal is attached (nothing echoed), otherwise
// generated and printed once. Run with the react-server condition so server-only modules load.
import { randomBytes } from "node:crypto";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { getDb } from "@/lib/db";
import { isRole, ROLES } from "@/lib/auth/roles";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { createUser } from "@/lib/users/mutations";
import { DomainError } from "@/lib/domain-error";

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function askPassword(): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const muted = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write(`Password (at least ${MIN_PASSWORD_LENGTH} characters, empty to generate one): `);
  muted._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      prefecture: { type: "string" },
      name: { type: "string" },
      national: { type: "boolean", default: false },
    },
  });
  if (!values.email || !values.role || !values.prefecture) {
    fail("Usage: npm run user:create -- --email EMAIL --role ADMIN|STAFF|MANAGER|AUDITOR --prefecture CODE [--name NAME] [--national]");
  }
  if (!isRole(values.role)) fail(`Unknown role "${values.role}". Roles: ${ROLES.join(", ")}.`);
  const db = getDb();
  const prefecture = await db.prefecture.findUnique({ where: { code: values.prefecture } });
  if (!prefecture) {
    const codes = (await db.prefecture.findMany({ select: { code: true } })).map((p) => p.code).join(", ");
    fail(`Unknown prefecture "${values.prefecture}". Known: ${codes || "none (run npm run db:seed first)"}.`);
  }
  let password = process.stdin.isTTY ? await askPassword() : "";
  const generated = password === "";
  if (generated) password = randomBytes(15).toString("base64url");
  if (password.length < MIN_PASSWORD_LENGTH) fail(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  try {
    const { id } = await createUser(
      { email: values.email, name: values.name ?? values.email, role: values.role, isNational: values.national ?? false, prefectureId: prefecture.id, password },
      { id: null, email: "system (npm run user:create)" },
    );
    console.log(`Created user #${id} ${values.email.toLowerCase()} (${values.role}${values.national ? ", national" : ""}) in ${prefecture.code}.`);
    if (generated) console.log(`Password (shown once, write it down): ${password}`);
  } catch (error) {
    if (error instanceof DomainError) fail(`Refused: ${error.violations.map((v) => v.code).join(", ")}.`);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

void main();
