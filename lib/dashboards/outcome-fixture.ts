// The hand-worked fixture of the outcome tests (outcome-queries.int.test.ts lists every figure it gives).
// Cooperatives and grants through the real mutations (so the grants' dashboard facts are right), then the
// baselines and visits written directly, with the exact dates and insertion order the tests rely on.
import { refreshGrantLatestVisit } from "@/lib/dashboards/latest-visit";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { createCooperative } from "@/lib/cooperatives/mutations";
import { createGrant } from "@/lib/grants/mutations";
import type { GrantStatus } from "@/lib/grants/rules";
import type { ProjectState } from "@/lib/visits/schema";
import { seedReference } from "@/prisma/seed/reference";
import { k } from "@/lib/dashboards/pipeline-fixture";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function user(email: string, prefectureId: number, role = "STAFF", isNational = false): Promise<SessionUser> {
  const u = await getDb().user.create({ data: { email, name: email, role, prefectureId, isNational, passwordHash: "x" } });
  return { id: u.id, email, name: email, role: role as SessionUser["role"], isNational, prefectureId };
}

type Jobs = { jobs: number | null; jobsWomen?: number | null; jobsYoung?: number | null };
type GrantSpec = { communeId: number; programmeId: number; indh: number; status?: GrantStatus; year: number; baseline?: [number, number, number] };

export async function setUpOutcomeFixture() {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const commune = async (code: string) => (await db.commune.findFirstOrThrow({ where: { prefectureId, code } })).id;
  const phase = async (number: number) => (await db.phase.findUniqueOrThrow({ where: { number } })).id;
  const programme = async (phaseNumber: number, number: number) => (await db.programme.findFirstOrThrow({ where: { number, phase: { number: phaseNumber } } })).id;
  const ids = {
    prefectureId, tanger: await commune("TANGER"), manzla: await commune("AL-MANZLA"),
    phase2: await phase(2), phase3: await phase(3), p22: await programme(2, 2), p33: await programme(3, 3),
  };
  const sector = (await db.sector.findFirstOrThrow({ orderBy: { id: "asc" } })).id;

  let n = 0;
  const grant = async (staff: SessionUser, s: GrantSpec) => {
    n++;
    const cooperativeId = (await createCooperative(staff, {
      registerNumber: `OUT-${n}`, nameAr: `OUT-${n}`, nameFr: `OUT-${n}`, sectorId: sector, communeId: s.communeId, placeId: null, foundedOn: null,
      members: 10, womenMembers: 6, youngMembers: 2, contactName: null, contactPhone: null, contactEmail: null,
    })).id;
    const id = (await createGrant(staff, {
      cooperativeId, programmeId: s.programmeId, axisId: null, titleAr: "م", titleFr: "P", status: s.status ?? "APPROVED",
      approvedOn: day(`${s.year}-03-01`), partnerContributions: [], tranches: [],
      indhContributionCentimes: k(s.indh), beneficiaryContributionCentimes: k(1), totalCostCentimes: k(s.indh + 1),
    })).id;
    if (s.baseline) {
      const [jobs, jobsWomen, jobsYoung] = s.baseline;
      await db.grantBaseline.create({
        data: { grantId: id, jobs, jobsWomen, jobsYoung, members: 10, annualRevenueCentimes: k(10), productionQuantity: 100, productionUnitAr: "كلغ", productionUnitFr: "kg" },
      });
    }
    return id;
  };
  const visit = (by: SessionUser, grantId: number, visitedOn: string, projectState: ProjectState, j: Jobs) =>
    // As lib/visits/mutations.ts does: the grant's latest-visit row in the same transaction.
    db.$transaction(async (tx) => {
      const created = await tx.visit.create({
        data: {
          prefectureId: by.prefectureId, grantId, visitedOn: day(visitedOn), visitors: "DAS", findings: "-", projectState, recordedById: by.id,
          jobs: j.jobs, jobsWomen: j.jobsWomen ?? null, jobsYoung: j.jobsYoung ?? null,
        },
      });
      await refreshGrantLatestVisit(tx, grantId);
      return created;
    });

  const staff = await user("staff@outcomes.test", prefectureId);
  const { tanger, manzla, p22, p33 } = ids;
  const g1 = await grant(staff, { communeId: tanger, programmeId: p33, indh: 100, year: 2024, status: "IN_PROGRESS", baseline: [2, 1, 0] });
  const g2 = await grant(staff, { communeId: tanger, programmeId: p33, indh: 50, year: 2024, baseline: [4, 2, 2] });
  const g3 = await grant(staff, { communeId: manzla, programmeId: p33, indh: 30, year: 2023, baseline: [5, 3, 1] });
  const g4 = await grant(staff, { communeId: manzla, programmeId: p22, indh: 40, year: 2024 });
  const g5 = await grant(staff, { communeId: tanger, programmeId: p22, indh: 20, year: 2023, baseline: [1, 0, 1] });
  const g6 = await grant(staff, { communeId: manzla, programmeId: p22, indh: 60, year: 2023, baseline: [0, 0, 0] });
  const g7 = await grant(staff, { communeId: tanger, programmeId: p33, indh: 70, year: 2024, status: "CANCELLED", baseline: [0, 0, 0] });

  // g1: the latest visit measured nothing; jobs come from the one before.
  await visit(staff, g1, "2025-10-01", "ON_TRACK", { jobs: 5, jobsWomen: 2, jobsYoung: 1 });
  await visit(staff, g1, "2026-01-10", "AT_RISK", { jobs: null });
  // g2: two visits the same day; the later record (higher id) wins where both measured.
  await visit(staff, g2, "2026-02-01", "ON_TRACK", { jobs: 10, jobsWomen: 5, jobsYoung: 3 });
  await visit(staff, g2, "2026-02-01", "COMPLETED", { jobs: 8, jobsWomen: null, jobsYoung: 4 });
  // g3: lost jobs; young people's jobs not measured.
  await visit(staff, g3, "2025-05-01", "STALLED", { jobs: 3, jobsWomen: 3, jobsYoung: null });
  // g4: measured but without a baseline; visited exactly on the cutoff day.
  await visit(staff, g4, "2025-12-15", "ON_TRACK", { jobs: 6, jobsWomen: 2, jobsYoung: 2 });
  // g6: the later-recorded visit is older, so the one of 14 December stays the latest.
  await visit(staff, g6, "2025-12-14", "CLOSED", { jobs: 2, jobsWomen: 1, jobsYoung: 2 });
  await visit(staff, g6, "2025-06-01", "ON_TRACK", { jobs: 9, jobsWomen: 9, jobsYoung: 9 });
  // g7 is cancelled: never counted, whatever its visits say.
  await visit(staff, g7, "2026-01-01", "ON_TRACK", { jobs: 100, jobsWomen: 50, jobsYoung: 50 });

  // Another prefecture: one rural grant that created 50 jobs.
  const region = await db.region.findFirstOrThrow();
  const other = (await db.prefecture.create({ data: { code: "OTHER-OUT", nameAr: "أخرى", nameFr: "Autre", regionId: region.id } })).id;
  const otherCommune = (await db.commune.create({ data: { prefectureId: other, code: "Z", nameAr: "ز", nameFr: "Z", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } })).id;
  const otherStaff = await user("staff@other-outcomes.test", other);
  const g8 = await grant(otherStaff, { communeId: otherCommune, programmeId: p33, indh: 10, year: 2024, baseline: [0, 0, 0] });
  await visit(otherStaff, g8, "2026-03-01", "ON_TRACK", { jobs: 50, jobsWomen: 20, jobsYoung: 30 });

  return {
    ids: { ...ids, other },
    grants: { g1, g2, g3, g4, g5, g6, g7, g8 },
    manager: await user("manager@outcomes.test", prefectureId, "MANAGER"),
    national: await user("national@outcomes.test", prefectureId, "MANAGER", true),
  };
}
