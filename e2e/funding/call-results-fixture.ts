// Run by e2e/funding-calls.spec.ts (through tsx, on the e2e database): for the call whose id is given, two
// applications and a held CPDH session approving the first (240,000 MAD) and rejecting the second, as the
// committee part will record them. Prints nothing; fails loudly.
import { getDb } from "@/lib/db";
import { createApplicationFixture } from "@/lib/funding/test-fixtures";

async function main() {
  const db = getDb();
  const callId = Number(process.argv[2]);
  const call = await db.callForProjects.findUniqueOrThrow({ where: { id: callId }, include: { axes: true, requiredDocuments: true, criteria: true } });
  const fixture = {
    id: call.id, slug: call.slug, prefectureId: call.prefectureId, axisId: call.axes[0]!.axisId,
    documentIds: call.requiredDocuments.map((d) => d.id), criterionIds: call.criteria.map((c) => c.id),
  };
  const run = process.argv[3] ?? "E2E";
  const approved = await createApplicationFixture(fixture, { registerNumber: `${run}-OK`, status: "APPROVED" });
  const rejected = await createApplicationFixture(fixture, { registerNumber: `${run}-NO`, status: "REJECTED" });
  const session = await db.committeeSession.create({
    data: { prefectureId: call.prefectureId, heldOn: new Date(), placeAr: "مقر العمالة", placeFr: "Siège de la préfecture", chairAr: "العامل", chairFr: "Le gouverneur", membersPresent: "—", status: "HELD" },
  });
  await db.committeeAgendaItem.create({ data: { sessionId: session.id, applicationId: approved.id, rank: 1, decision: "APPROVED", approvedAmountCentimes: 24_000_000n, decidedAt: new Date() } });
  await db.committeeAgendaItem.create({ data: { sessionId: session.id, applicationId: rejected.id, rank: 2, decision: "REJECTED", decidedAt: new Date() } });
  await db.$disconnect();
}

void main();
