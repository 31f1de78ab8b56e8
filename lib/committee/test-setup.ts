// Set-up of the committee's integration tests: reference data, users of two prefectures, a published call
// with eligible applications and submitted reviews (written through Prisma, as the funding fixtures do).
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { seedReference } from "@/prisma/seed/reference";
import { createApplicationFixture, createCallFixture, type CallFixture } from "@/lib/funding/test-fixtures";
import { makeUser } from "@/lib/grants/test-fixtures";

/** A submitted review of `applicationId` by a new reviewer, whose total is `total` (out of 100). */
export async function reviewed(applicationId: number, total: number, reviewerEmail: string, prefectureId: number): Promise<void> {
  const reviewer = await makeUser(reviewerEmail, prefectureId);
  await getDb().review.create({ data: { applicationId, reviewerId: reviewer.id, totalScore: total, submittedAt: new Date() } });
}

export type CommitteeSetup = {
  prefectureId: number;
  staff: SessionUser;
  call: CallFixture;
  elsewhere: { staff: SessionUser; call: CallFixture; applicationId: number };
};

export async function setUpCommittee(): Promise<CommitteeSetup> {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const staff = await makeUser("staff@committee.test", prefectureId);
  const call = await createCallFixture(prefectureId, { slug: "committee-call" });
  const region = await db.region.findFirstOrThrow();
  const other = await db.prefecture.create({ data: { code: "ELSEWHERE", nameAr: "أخرى", nameFr: "Ailleurs", regionId: region.id } });
  await db.commune.create({ data: { prefectureId: other.id, code: "X", nameAr: "س", nameFr: "X", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } });
  const otherCall = await createCallFixture(other.id, { slug: "elsewhere-call" });
  const otherApplication = await createApplicationFixture(otherCall, { status: "ELIGIBLE" });
  return {
    prefectureId, staff, call,
    elsewhere: { staff: await makeUser("staff@elsewhere-committee.test", other.id), call: otherCall, applicationId: otherApplication.id },
  };
}

export const sessionInput = (heldOn = new Date("2026-03-10T09:00:00Z")) => ({
  heldOn, placeAr: "مقر العمالة", placeFr: "Siège de la préfecture", chairAr: "السيد العامل", chairFr: "M. le Gouverneur",
  membersPresent: "Ahmed — DAS\nSalma — ODCO", notesAr: "", notesFr: "",
});
