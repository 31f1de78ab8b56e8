// Development only: prints a session cookie for an existing user, to fetch workspace pages with curl.
//   DATABASE_URL=file:./.tmp/dev.db npx tsx scripts/dev-session.ts someone@example.ma
//   curl -b "indh_session=<token>" http://localhost:3200/ar/admin
import { getDb } from "@/lib/db";
import { hashSessionToken, newSessionToken, SESSION_COOKIE, SESSION_LIFETIME_MS } from "@/lib/auth/session-token";

async function main() {
  if (process.env.NODE_ENV === "production") throw new Error("dev-session is for development databases only");
  const email = process.argv[2];
  if (!email) throw new Error("usage: tsx scripts/dev-session.ts EMAIL");
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const token = newSessionToken();
  await db.session.create({ data: { tokenHash: hashSessionToken(token), userId: user.id, expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS) } });
  console.log(`${SESSION_COOKIE}=${token}`);
  await db.$disconnect();
}

void main();
