import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReference } from "./reference";
import { seedArticle } from "./article";
import { seedDemo } from "./demo";
import { seedDemoUsers, type CreatedDemoAccount } from "./demo-users";
import { seedFundingDemo } from "./funding-demo";
import { seedFollowUpDemo } from "./follow-up-demo";
import { fillMissingSearchText } from "./search-text";
import { fillMissingDashboardFacts } from "./dashboard-facts";

type SeedOptions = {
  /** The demonstration records (cooperatives, grants, events), labelled as such. */
  demo: boolean;
  /** The demonstration accounts, with random passwords returned once (never by default). */
  demoAccounts?: boolean;
};

/** Reference data, the seed article and, when asked, the demonstration dataset and accounts. Idempotent. */
export async function seedAll(db: PrismaClient, options: SeedOptions) {
  const { prefectureId } = await seedReference(db);
  await seedArticle(db, prefectureId);
  const demo = options.demo ? await seedDemo(db, prefectureId) : null;
  // The accounts first: the funding demo's reviews are theirs (it creates them without a password otherwise).
  const demoAccounts: CreatedDemoAccount[] = options.demoAccounts ? await seedDemoUsers(db, prefectureId) : [];
  const funding = options.demo ? await seedFundingDemo(db, prefectureId) : null;
  const followUp = options.demo ? await seedFollowUpDemo(db, prefectureId) : null;
  await fillMissingSearchText(db);
  // Also how an existing database gets its facts after the dashboard_facts migration: `npm run db:seed`.
  await fillMissingDashboardFacts(db);
  return { prefectureId, demo, funding, followUp, demoAccounts };
}
