// `npm run db:seed`: reference data, the seed article, and (unless SEED_DEMO=false) the demonstration
// dataset. Every step finds existing records first, so running it again changes nothing.
import { getDb } from "@/lib/db";
import { seedReference } from "./reference";
import { seedArticle } from "./article";
import { seedDemo } from "./demo";

async function main() {
  const db = getDb();
  try {
    const { prefectureId } = await seedReference(db);
    await seedArticle(db, prefectureId);
    if (process.env.SEED_DEMO === "false") {
      console.log("Seeded reference data and the article (SEED_DEMO=false: no demonstration data).");
    } else {
      const demo = await seedDemo(db, prefectureId);
      console.log(`Seeded reference data, the article and demonstration data (${demo.cooperatives} cooperatives, ${demo.grants} grants).`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
