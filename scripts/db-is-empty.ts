// Exit code 0 when the database holds no prefecture yet (a first start), 1 otherwise.
import { getDb } from "@/lib/db";

async function main() {
  const db = getDb();
  const prefectures = await db.prefecture.count();
  await db.$disconnect();
  process.exit(prefectures === 0 ? 0 : 1);
}

void main();
