// Run by the client-address spec (through tsx, on the e2e database): an account of its own to attack, so the
// failures it causes slow no other spec's sign-in. THROTTLE_EMAIL and THROTTLE_PASSWORD (random, made by
// the spec at run time) say which; an existing one gets the new password.
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

async function main() {
  const db = getDb();
  const email = process.env.THROTTLE_EMAIL!;
  const passwordHash = await hashPassword(process.env.THROTTLE_PASSWORD!);
  const prefecture = await db.prefecture.findFirstOrThrow({ orderBy: { id: "asc" } });
  await db.user.upsert({ where: { email }, update: { passwordHash }, create: { email, name: "Compte attaqué", role: "AUDITOR", prefectureId: prefecture.id, passwordHash } });
  await db.$disconnect();
}

void main();
