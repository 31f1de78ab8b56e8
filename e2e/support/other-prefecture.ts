// Run by the cross-prefecture spec (through tsx, on the e2e database): one STAFF user of a second prefecture,
// the province of Fahs-Anjra as the seed's reference data holds it. Idempotent, so both locale projects can call it.
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { OTHER_STAFF } from "../auth";

async function main() {
  const db = getDb();
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "FAHS-ANJRA" } });
  if (!(await db.user.findUnique({ where: { email: OTHER_STAFF.email } }))) {
    await db.user.create({
      data: { email: OTHER_STAFF.email, name: "Agent Fahs-Anjra", role: "STAFF", prefectureId: prefecture.id, passwordHash: await hashPassword(OTHER_STAFF.password) },
    });
  }
  await db.$disconnect();
}

void main();
