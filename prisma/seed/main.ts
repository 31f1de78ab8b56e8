// `npm run db:seed`: reference data, the seed article, and (unless SEED_DEMO=false) the demonstration
// dataset. Every step finds existing records first, so running it again changes nothing.
import { getDb } from "@/lib/db";
import { seedAll } from "./seed-all";

async function main() {
  const db = getDb();
  try {
    const { demo } = await seedAll(db, { demo: process.env.SEED_DEMO !== "false" });
    console.log(
      demo
        ? `Seeded reference data, the article and demonstration data (${demo.cooperatives} cooperatives, ${demo.grants} grants).`
        : "Seeded reference data and the article (SEED_DEMO=false: no demonstration data).",
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
