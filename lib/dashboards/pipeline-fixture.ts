// The hand-worked fixture of the pipeline tests (pipeline-queries.int.test.ts lists every figure it gives).
// Calls and applications come from the shared funding fixtures; grants through the real mutation (so their
// dashboard facts are right), then the statuses, dates, reviews and conventions the later stages set.
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { createCooperative } from "@/lib/cooperatives/mutations";
import { createGrant } from "@/lib/grants/mutations";
import { createApplicationFixture, createCallFixture, type CallFixture } from "@/lib/funding/test-fixtures";
import { seedReference } from "@/prisma/seed/reference";

const day = (iso: string) => new Date(`${iso}T09:00:00Z`);
const DAY_MS = 24 * 3600 * 1000;
/** Thousands of dirhams as centimes: 1 -> 1,000.00 MAD. */
export const k = (thousands: number) => BigInt(Math.round(thousands * 100_000));

async function user(email: string, prefectureId: number, role = "STAFF", isNational = false): Promise<SessionUser> {
  const u = await getDb().user.create({ data: { email, name: email, role, prefectureId, isNational, passwordHash: "x" } });
  return { id: u.id, email, name: email, role: role as SessionUser["role"], isNational, prefectureId };
}

type Spec = {
  call: CallFixture;
  rural?: boolean;
  status: string;
  requested: number;
  submitted: string;
  /** Days from submission to the committee's decision. */
  decidedAfter?: number;
  review?: "submitted" | "draft";
  /** The approved grant: INDH contribution, signed convention, paid and unpaid tranches (thousands of MAD). */
  grant?: { indh: number; signed: boolean; paid?: number; unpaid?: number; programmeId: number };
};

export async function setUpPipelineFixture() {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const staff = await user("staff@pipeline.test", prefectureId);
  const commune = async (code: string) => (await db.commune.findFirstOrThrow({ where: { prefectureId, code } })).id;
  const tanger = await commune("TANGER");
  const manzla = await commune("AL-MANZLA");
  const phase = async (number: number) => (await db.phase.findUniqueOrThrow({ where: { number } })).id;
  const programme = async (phaseNumber: number, number: number) => (await db.programme.findFirstOrThrow({ where: { number, phase: { number: phaseNumber } } })).id;
  const ids = { prefectureId, tanger, manzla, phase2: await phase(2), phase3: await phase(3), p22: await programme(2, 2), p33: await programme(3, 3) };
  const sector = (await db.sector.findFirstOrThrow({ orderBy: { id: "asc" } })).id;

  const callA = await createCallFixture(prefectureId, { slug: "pipeline-a" }); // Programme 3.3: phase 3
  const callB = await createCallFixture(prefectureId, { slug: "pipeline-b" });
  await db.callForProjects.update({ where: { id: callB.id }, data: { programmeId: ids.p22 } }); // phase 2

  let n = 0;
  const add = async (s: Spec) => {
    n++;
    const app = await createApplicationFixture(s.call, { registerNumber: `PIPE-${n}`, status: s.status });
    const communeId = s.rural ? manzla : tanger;
    const submittedAt = day(s.submitted);
    let grantId: number | null = null;
    let cooperativeId: number | null = null;
    if (s.grant) {
      cooperativeId = (await createCooperative(staff, {
        registerNumber: `PIPE-${n}`, nameAr: `PIPE-${n}`, nameFr: `PIPE-${n}`, sectorId: sector, communeId, placeId: null, foundedOn: null,
        members: 10, womenMembers: 6, youngMembers: 2, contactName: null, contactPhone: null, contactEmail: null,
      })).id;
      const tranches = [
        ...(s.grant.paid ? [{ plannedOn: day("2026-03-01"), amountCentimes: k(s.grant.paid), paidOn: day("2026-03-02") }] : []),
        ...(s.grant.unpaid ? [{ plannedOn: day("2026-09-01"), amountCentimes: k(s.grant.unpaid), paidOn: null }] : []),
      ];
      grantId = (await createGrant(staff, {
        cooperativeId, programmeId: s.grant.programmeId, axisId: null, titleAr: "م", titleFr: "P", status: "APPROVED",
        approvedOn: new Date(submittedAt.getTime() + (s.decidedAfter ?? 0) * DAY_MS), partnerContributions: [], tranches,
        indhContributionCentimes: k(s.grant.indh), beneficiaryContributionCentimes: k(1), totalCostCentimes: k(s.grant.indh + 1),
      })).id;
      await db.convention.create({
        data: {
          prefectureId, grantId, reference: `CONV-${n}`, obligationsAr: "-", obligationsFr: "-", resultsAr: "-", resultsFr: "-",
          signedOn: s.grant.signed ? day("2026-02-20") : null,
        },
      });
    }
    await db.application.update({
      where: { id: app.id },
      data: {
        applicantCommuneId: communeId, requestedIndhCentimes: k(s.requested), submittedAt, grantId, cooperativeId,
        decidedAt: s.decidedAfter === undefined ? null : new Date(submittedAt.getTime() + s.decidedAfter * DAY_MS),
      },
    });
    if (s.review) {
      await db.review.create({
        data: { applicationId: app.id, reviewerId: staff.id, totalScore: s.review === "submitted" ? 70 : null, submittedAt: s.review === "submitted" ? day(s.submitted) : null },
      });
    }
    return app.id;
  };

  await add({ call: callA, status: "RECEIVED", requested: 1, submitted: "2026-01-10" });
  await add({ call: callA, status: "INELIGIBLE", requested: 2, submitted: "2026-01-10" });
  await add({ call: callA, rural: true, status: "ELIGIBLE", requested: 3, submitted: "2026-01-10", review: "submitted" });
  await add({ call: callA, status: "APPROVED", requested: 4, submitted: "2026-01-10", decidedAfter: 10, review: "submitted", grant: { indh: 3.5, signed: true, paid: 1, unpaid: 2.5, programmeId: ids.p33 } });
  await add({ call: callA, rural: true, status: "APPROVED", requested: 5, submitted: "2026-01-11", decidedAfter: 30, review: "submitted", grant: { indh: 5, signed: false, programmeId: ids.p33 } });
  await add({ call: callA, rural: true, status: "REJECTED", requested: 6, submitted: "2026-01-12", decidedAfter: 24, review: "submitted" });
  await add({ call: callB, status: "APPROVED", requested: 7, submitted: "2025-06-01", decidedAfter: 40, review: "submitted", grant: { indh: 6, signed: true, paid: 2, unpaid: 1, programmeId: ids.p22 } });
  await add({ call: callB, rural: true, status: "DEFERRED", requested: 8, submitted: "2025-06-02", decidedAfter: 5, review: "submitted" });
  await add({ call: callA, status: "ELIGIBLE", requested: 9, submitted: "2026-01-13", review: "draft" });

  // Another prefecture: one received application, never counted for the prefecture's users.
  const region = await db.region.findFirstOrThrow();
  const other = (await db.prefecture.create({ data: { code: "OTHER-PIPE", nameAr: "أخرى", nameFr: "Autre", regionId: region.id } })).id;
  await db.commune.create({ data: { prefectureId: other, code: "Y", nameAr: "ي", nameFr: "Y", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } });
  const callOther = await createCallFixture(other, { slug: "pipeline-other" });
  const otherApp = await createApplicationFixture(callOther, { registerNumber: "PIPE-OTHER" });
  await db.application.update({ where: { id: otherApp.id }, data: { requestedIndhCentimes: k(10), submittedAt: day("2026-02-01") } });

  return {
    ids: { ...ids, other },
    manager: await user("manager@pipeline.test", prefectureId, "MANAGER"),
    national: await user("national@pipeline.test", prefectureId, "MANAGER", true),
  };
}
