import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import { createApplicationFixture, createCallFixture, type CallFixture } from "@/lib/funding/test-fixtures";
import { getCallResults } from "./results-queries";

let prefectureId: number;
let call: CallFixture;

async function agendaItem(sessionId: number, applicationId: number, rank: number, decision: string | null, approvedAmountCentimes: bigint | null) {
  await getDb().committeeAgendaItem.create({ data: { sessionId, applicationId, rank, decision, approvedAmountCentimes } });
}

beforeAll(async () => {
  const db = getDb();
  ({ prefectureId } = await seedReference(db));
  call = await createCallFixture(prefectureId);
  const session = await db.committeeSession.create({
    data: { prefectureId, heldOn: new Date(), placeAr: "العمالة", placeFr: "Préfecture", chairAr: "العامل", chairFr: "Le gouverneur", membersPresent: "X", status: "HELD" },
  });
  const approved = await createApplicationFixture(call, { registerNumber: "RC-APPROVED", status: "APPROVED" });
  const rejected = await createApplicationFixture(call, { registerNumber: "RC-REJECTED", status: "REJECTED" });
  const deferred = await createApplicationFixture(call, { registerNumber: "RC-DEFERRED", status: "DEFERRED" });
  await createApplicationFixture(call, { registerNumber: "RC-PENDING" });
  await agendaItem(session.id, approved.id, 1, "APPROVED", 24_000_000n);
  await agendaItem(session.id, rejected.id, 2, "REJECTED", null);
  await agendaItem(session.id, deferred.id, 3, "DEFERRED", null);
  // An approval of another call's application never shows here.
  const other = await createCallFixture(prefectureId);
  const elsewhere = await createApplicationFixture(other, { registerNumber: "RC-ELSEWHERE", status: "APPROVED" });
  await agendaItem(session.id, elsewhere.id, 4, "APPROVED", 1_000_000n);
  await db.callForProjects.update({ where: { id: other.id }, data: { resultsPublic: true } });
});

describe("getCallResults", () => {
  it("is null until the results are made public", async () => {
    expect(await getCallResults(call.id, "fr")).toBeNull();
  });

  it("counts every application received and lists only the approved items with an amount, in the page's language", async () => {
    await getDb().callForProjects.update({ where: { id: call.id }, data: { resultsPublic: true } });
    const commune = await getDb().commune.findFirstOrThrow({ where: { prefectureId }, orderBy: { id: "asc" } });
    expect(await getCallResults(call.id, "fr")).toEqual({
      applicationsReceived: 4,
      approved: [{ cooperative: "Coopérative RC-APPROVED", commune: commune.nameFr, approvedAmountCentimes: 24_000_000n }],
    });
    expect((await getCallResults(call.id, "ar"))?.approved[0]).toMatchObject({ cooperative: "تعاونية RC-APPROVED", commune: commune.nameAr });
  });

  it("is null again for a cancelled call, public results or not", async () => {
    await getDb().callForProjects.update({ where: { id: call.id }, data: { status: "CANCELLED" } });
    expect(await getCallResults(call.id, "fr")).toBeNull();
    await getDb().callForProjects.update({ where: { id: call.id }, data: { status: "PUBLISHED" } });
  });
});
