// Run by the territory spec (through tsx, on the e2e database): a national ADMIN with the email and the
// random password the spec passes in the environment. Self-contained on purpose (no shared account list).
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

async function main() {
  const email = process.env.E2E_NATIONAL_EMAIL;
  const password = process.env.E2E_NATIONAL_PASSWORD;
  if (!email || !password) throw new Error("E2E_NATIONAL_EMAIL and E2E_NATIONAL_PASSWORD are required");
  const db = getDb();
  const home = await db.prefecture.findUniqueOrThrow({ where: { code: "TANGER-ASSILAH" } });
  await db.user.create({ data: { email, name: "Admin national E2E", role: "ADMIN", isNational: true, prefectureId: home.id, passwordHash: await hashPassword(password) } });
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
