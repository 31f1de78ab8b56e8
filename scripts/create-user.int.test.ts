import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import { verifyPassword } from "@/lib/auth/password";

// The real command, on this test file's own database, without a terminal: the password is generated
// and printed once.
function createUser(...args: string[]): { status: number; output: string } {
  try {
    const output = execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/create-user.ts", ...args], {
      env: { ...process.env },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
    return { status: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

beforeAll(async () => {
  await seedReference(getDb());
});

describe("npm run user:create", () => {
  it("creates the first administrator with a generated password printed once", async () => {
    const { status, output } = createUser("--email", "First.Admin@Example.ma", "--role", "ADMIN", "--prefecture", "TANGER-ASSILAH", "--name", "Première");
    expect(status).toBe(0);
    const password = /Password \(shown once, write it down\): (\S+)/.exec(output)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(12);
    const user = await getDb().user.findUniqueOrThrow({ where: { email: "first.admin@example.ma" } });
    expect(user.role).toBe("ADMIN");
    expect(await verifyPassword(user.passwordHash, password!)).toBe(true);
    expect(await getDb().auditEntry.count({ where: { entityType: "User", entityId: String(user.id), action: "CREATE" } })).toBe(1);
  }, 60_000);

  it("refuses an unknown role, an unknown prefecture and a taken email, creating nothing", async () => {
    const before = await getDb().user.count();
    expect(createUser("--email", "x@example.ma", "--role", "BOSS", "--prefecture", "TANGER-ASSILAH").status).toBe(2);
    expect(createUser("--email", "x@example.ma", "--role", "STAFF", "--prefecture", "NOWHERE").status).toBe(2);
    expect(createUser("--email", "first.admin@example.ma", "--role", "STAFF", "--prefecture", "TANGER-ASSILAH").status).toBe(2);
    expect(await getDb().user.count()).toBe(before);
  }, 60_000);
});
