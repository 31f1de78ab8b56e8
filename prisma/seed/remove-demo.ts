// `npm run db:demo:remove`: deletes every record marked as demonstration data, and nothing else.
import { getDb } from "@/lib/db";
import { removeDemo } from "./demo";
import { removeDemoUsers } from "./demo-users";

async function main() {
  const db = getDb();
  try {
    const removed = await removeDemo(db);
    const users = await removeDemoUsers(db);
    console.log(`Removed demonstration data: ${removed.cooperatives} cooperatives, ${removed.grants} grants, ${users} accounts.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
