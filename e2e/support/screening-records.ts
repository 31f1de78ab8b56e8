// Run by e2e/funding-screening.spec.ts (through tsx, on the e2e database): a published call of the first
// prefecture with two applications received online (lib/funding/test-fixtures.ts), their search text filled
// as the application form fills it. Prints {"callId", "applications": [{id, receiptCode}]} as JSON.
import { getDb } from "@/lib/db";
import { createApplicationFixture, createCallFixture } from "@/lib/funding/test-fixtures";
import { applicationSearchText } from "@/lib/screening/stored-application";

async function main() {
  const db = getDb();
  const prefecture = await db.prefecture.findFirstOrThrow({ orderBy: { id: "asc" } });
  const call = await createCallFixture(prefecture.id, { db });
  const applications = [];
  for (let i = 0; i < 2; i++) {
    const { id, receiptCode } = await createApplicationFixture(call, { db });
    const stored = await db.application.findUniqueOrThrow({ where: { id } });
    await db.application.update({ where: { id }, data: { searchText: applicationSearchText(stored) } });
    applications.push({ id, receiptCode });
  }
  process.stdout.write(JSON.stringify({ callId: call.id, applications }));
  await db.$disconnect();
}

void main();
