// Run by scripts/e2e-server.sh on the freshly seeded e2e database, before the server starts: the test
// accounts of e2e/auth.ts (random passwords of this run), in the seeded prefecture. Not demo accounts.
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { DEMO, TEST_ACCOUNT_ROLES } from "../auth";

async function main() {
  const db = getDb();
  const prefecture = await db.prefecture.findFirstOrThrow({ orderBy: { id: "asc" } });
  for (const [name, { email, password }] of Object.entries(DEMO)) {
    const { role, isNational } = TEST_ACCOUNT_ROLES[name as keyof typeof DEMO];
    const passwordHash = await hashPassword(password);
    await db.user.upsert({
      where: { email },
      create: { email, name: `Test ${name}`, role, isNational, prefectureId: prefecture.id, passwordHash },
      update: { passwordHash, isActive: true },
    });
  }
  await db.$disconnect();
}

void main();
