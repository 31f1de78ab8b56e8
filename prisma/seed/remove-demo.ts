// `npm run db:demo:remove`: deletes every record marked as demonstration data, and nothing else.
import { getDb } from "@/lib/db";
import { removeDemo } from "./demo";

async function main() {
  const db = getDb();
  try {
    const removed = await removeDemo(db);
    console.log(`Removed demonstration data: ${removed.cooperatives} cooperatives, ${removed.grants} grants.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
