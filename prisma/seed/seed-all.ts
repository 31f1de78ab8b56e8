import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReference } from "./reference";
import { seedArticle } from "./article";
import { seedDemo } from "./demo";
import { seedDemoUsers } from "./demo-users";
import { fillMissingSearchText } from "./search-text";
import { fillMissingDashboardFacts } from "./dashboard-facts";

/** Reference data, the seed article and, when asked, the demonstration dataset and accounts. Idempotent. */
export async function seedAll(db: PrismaClient, options: { demo: boolean }) {
  const { prefectureId } = await seedReference(db);
  await seedArticle(db, prefectureId);
  const demo = options.demo ? await seedDemo(db, prefectureId) : null;
  if (options.demo) await seedDemoUsers(db, prefectureId);
  await fillMissingSearchText(db);
  // Also how an existing database gets its facts after the dashboard_facts migration: `npm run db:seed`.
  await fillMissingDashboardFacts(db);
  return { prefectureId, demo };
}
