// Run by the committee spec (through tsx, on the e2e database): a published call of the seeded prefecture
// with three ELIGIBLE applications, two of them reviewed (average 75 and 90, one unscored), as screening
// and review would leave them. Prints their ids and names as JSON. Each run makes its own records.
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { createApplicationFixture, createCallFixture } from "@/lib/funding/test-fixtures";

async function main() {
  const db = getDb();
  const prefecture = await db.prefecture.findFirstOrThrow({ orderBy: { id: "asc" } });
  const call = await createCallFixture(prefecture.id);
  const scores = [[70, 80], [90], []];
  const applications = [];
  for (const totals of scores) {
    const application = await createApplicationFixture(call, { status: "ELIGIBLE" });
    for (const totalScore of totals) {
      // Reviewers who never sign in: no usable password hash.
      const reviewer = await db.user.create({
        data: { email: `reviewer-${randomBytes(4).toString("hex")}@e2e.indh.test`, name: "Reviewer", role: "STAFF", prefectureId: prefecture.id, passwordHash: "!" },
      });
      await db.review.create({ data: { applicationId: application.id, reviewerId: reviewer.id, totalScore, submittedAt: new Date() } });
    }
    const stored = await db.application.findUniqueOrThrow({ where: { id: application.id }, select: { applicantNameAr: true, applicantNameFr: true } });
    applications.push({ id: application.id, nameAr: stored.applicantNameAr, nameFr: stored.applicantNameFr });
  }
  process.stdout.write(JSON.stringify({ callId: call.id, slug: call.slug, applications }));
  await db.$disconnect();
}

void main();
