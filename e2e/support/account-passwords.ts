// Run through tsx on a database (DATABASE_URL): prints, as JSON, its accounts and every (account, password)
// pair where a password written in the repository verifies against the account's stored hash.
import { getDb } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { repositoryPasswordCandidates } from "@/lib/testing/repository-passwords";

async function main() {
  const db = getDb();
  const users = await db.user.findMany({ select: { email: true, passwordHash: true, isActive: true } });
  const candidates = repositoryPasswordCandidates();
  const matches: string[] = [];
  for (const user of users) {
    for (const candidate of candidates) if (await verifyPassword(user.passwordHash, candidate)) matches.push(user.email);
  }
  // "accounts": those that can sign in. The funding demo's reviews are signed by the demo staff and admin
  // accounts, created inactive and without a usable password until DEMO_ACCOUNTS asks for them
  // (prisma/seed/funding-demo.ts): listed apart, and checked against every candidate like the others.
  console.log(JSON.stringify({
    accounts: users.filter((u) => u.isActive).map((u) => u.email),
    inactive: users.filter((u) => !u.isActive).map((u) => u.email),
    candidates: candidates.length, matches,
  }));
  await db.$disconnect();
}

void main();
