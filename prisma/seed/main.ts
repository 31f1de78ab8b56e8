// `npm run db:seed`: reference data, the seed article, and (unless SEED_DEMO=false) the demonstration
// dataset. Every step finds existing records first, so running it again changes nothing.
// DEMO_ACCOUNTS=true also creates the demonstration accounts that do not exist yet, each with a random
// password printed here once (only its hash is stored).
import { getDb } from "@/lib/db";
import { seedAll } from "./seed-all";

async function main() {
  const db = getDb();
  try {
    const { demo, demoAccounts } = await seedAll(db, { demo: process.env.SEED_DEMO !== "false", demoAccounts: process.env.DEMO_ACCOUNTS === "true" });
    console.log(
      demo
        ? `Seeded reference data, the article and demonstration data (${demo.cooperatives} cooperatives, ${demo.grants} grants).`
        : "Seeded reference data and the article (SEED_DEMO=false: no demonstration data).",
    );
    if (demoAccounts.length > 0) {
      console.log("Demonstration accounts (DEMO_ACCOUNTS=true). Passwords shown once, only their hashes are stored:");
      for (const a of demoAccounts) console.log(`    ${a.email}  ${a.password}  (${a.role}${a.isNational ? ", national" : ""})`);
      console.log("Remove them with `npm run db:demo:remove` before real use.");
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
