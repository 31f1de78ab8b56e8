// Run by the application spec (through tsx, on the e2e database): a published, open call of the seeded
// prefecture with two required documents (lib/funding/test-fixtures.ts). Prints { id, slug, documentIds }.
import { getDb } from "@/lib/db";
import { createCallFixture } from "@/lib/funding/test-fixtures";

async function main() {
  const db = getDb();
  const prefecture = await db.prefecture.findFirstOrThrow({ orderBy: { id: "asc" } });
  const call = await createCallFixture(prefecture.id, { slug: process.argv[2] });
  process.stdout.write(JSON.stringify({ id: call.id, slug: call.slug, documentIds: call.documentIds }));
  await db.$disconnect();
}

void main();
