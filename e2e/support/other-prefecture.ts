// Run by the cross-prefecture spec (through tsx, on the e2e database): one STAFF user of a second prefecture,
// the province of Fahs-Anjra as the seed's reference data holds it. Idempotent, so both locale projects can call it.
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { OTHER_STAFF } from "../auth";

async function main() {
  const db = getDb();
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "FAHS-ANJRA" } }); // reference data
  // The password is this run's (e2e/auth.ts), so the account is brought up to date when it exists.
  const passwordHash = await hashPassword(OTHER_STAFF.password);
  await db.user.upsert({
    where: { email: OTHER_STAFF.email },
    create: { email: OTHER_STAFF.email, name: "Agent Fahs-Anjra", role: "STAFF", prefectureId: prefecture.id, passwordHash },
    update: { passwordHash },
  });
  await db.$disconnect();
}

void main();
