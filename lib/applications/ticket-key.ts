import "server-only";
// The key that signs the form tickets (lib/applications/ticket.ts), made on first use and kept in AppSecret so
// that every instance of the app signs and checks with the same one. Two instances starting together may
// both try to create it: the loser reads the winner's.
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";

const NAME = "apply-form-ticket";
let cached: { url: string | undefined; value: string } | undefined;

export async function getFormTicketKey(): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (cached && cached.url === url) return cached.value;
  const db = getDb();
  let row = await db.appSecret.findUnique({ where: { name: NAME } });
  if (!row) {
    try {
      row = await db.appSecret.create({ data: { name: NAME, value: randomBytes(32).toString("base64url") } });
    } catch {
      row = await db.appSecret.findUniqueOrThrow({ where: { name: NAME } });
    }
  }
  cached = { url, value: row.value };
  return row.value;
}
