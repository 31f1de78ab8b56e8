// The hand-worked fixture of the dashboard integration tests, written through the real mutations so that
// the dashboard facts are maintained exactly as in production. Every figure is listed in
// dashboard-queries.int.test.ts next to the grants it comes from.
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { createCooperative } from "@/lib/cooperatives/mutations";
import { createGrant } from "@/lib/grants/mutations";
import type { GrantInput } from "@/lib/grants/types";
import { seedReference } from "@/prisma/seed/reference";
import { communeOrganisationCode } from "@/prisma/seed/reference-data";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function user(email: string, prefectureId: number, isNational = false): Promise<SessionUser> {
  const u = await getDb().user.create({ data: { email, name: email, role: "STAFF", prefectureId, isNational, passwordHash: "x" } });
  return { id: u.id, email, name: email, role: "STAFF", isNational, prefectureId };
}

export async function setUpDashboardFixture() {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const staff = await user("staff@dash.test", prefectureId);
  const commune = async (code: string) => (await db.commune.findFirstOrThrow({ where: { prefectureId, code } })).id;
  const sector = async (code: string) => (await db.sector.findUniqueOrThrow({ where: { code } })).id;
  const phase = async (number: number) => (await db.phase.findUniqueOrThrow({ where: { number } })).id;
  const programme = async (phaseNumber: number, number: number) =>
    (await db.programme.findFirstOrThrow({ where: { number, phase: { number: phaseNumber } } })).id;
  const axis = async (programmeId: number, code: string) => (await db.axis.findFirstOrThrow({ where: { programmeId, code } })).id;
  const ids = {
    prefectureId,
    tanger: await commune("TANGER"), assilah: await commune("ASSILAH"), manzla: await commune("AL-MANZLA"), darChaoui: await commune("DAR-CHAOUI"),
    agriculture: await sector("AGRICULTURE"), crafts: await sector("CRAFTS"),
    phase1: await phase(1), phase2: await phase(2), phase3: await phase(3),
    p22: await programme(2, 2), p33: await programme(3, 3),
  };
  const axes = {
    income22: await axis(ids.p22, "INCOME-GENERATING-ACTIVITIES"),
    entrepreneurship: await axis(ids.p33, "ENTREPRENEURSHIP"),
    employability: await axis(ids.p33, "EMPLOYABILITY"),
  };
  const odco = (await db.organisation.findFirstOrThrow({ where: { prefectureId, code: "ODCO" } })).id;
  const manzlaOrg = (await db.organisation.findFirstOrThrow({ where: { prefectureId, code: communeOrganisationCode("AL-MANZLA") } })).id;

  const coop = (by: SessionUser, registerNumber: string, communeId: number, sectorId: number, members: number, womenMembers: number, youngMembers: number) =>
    createCooperative(by, {
      registerNumber, nameAr: registerNumber, nameFr: registerNumber, sectorId, communeId, placeId: null, foundedOn: null,
      members, womenMembers, youngMembers, contactName: null, contactPhone: null, contactEmail: null,
    }).then((c) => c.id);
  const A = await coop(staff, "A", ids.tanger, ids.agriculture, 10, 6, 2); // women-led (6 of 10)
  const B = await coop(staff, "B", ids.assilah, ids.crafts, 10, 5, 6); // youth (6 of 10); 5 of 10 women is not women-led
  const C = await coop(staff, "C", ids.manzla, ids.agriculture, 4, 0, 0);
  const D = await coop(staff, "D", ids.darChaoui, ids.crafts, 8, 8, 8); // only a cancelled grant: not funded

  const grant = (by: SessionUser, g: Partial<GrantInput> & Pick<GrantInput, "cooperativeId" | "programmeId" | "approvedOn" | "status" | "indhContributionCentimes" | "beneficiaryContributionCentimes">) => {
    const partnerContributions = g.partnerContributions ?? [];
    const partners = partnerContributions.reduce((s, p) => s + p.amountCentimes, 0n);
    return createGrant(by, {
      axisId: null, titleAr: "م", titleFr: "P", tranches: [], partnerContributions,
      totalCostCentimes: g.indhContributionCentimes + g.beneficiaryContributionCentimes + partners, ...g,
    }).then((r) => r.id);
  };
  const g1 = await grant(staff, {
    cooperativeId: A, programmeId: ids.p33, axisId: axes.entrepreneurship, approvedOn: day("2019-01-01"), status: "COMPLETED",
    indhContributionCentimes: 60_000_000n, beneficiaryContributionCentimes: 30_000_000n, partnerContributions: [{ organisationId: odco, amountCentimes: 10_000_000n }],
    tranches: [{ plannedOn: day("2019-02-01"), amountCentimes: 40_000_000n, paidOn: day("2019-02-10") }, { plannedOn: day("2019-09-01"), amountCentimes: 20_000_000n, paidOn: null }],
  });
  const g2 = await grant(staff, {
    cooperativeId: A, programmeId: ids.p22, axisId: axes.income22, approvedOn: day("2018-12-31"), status: "COMPLETED",
    indhContributionCentimes: 15_000_000n, beneficiaryContributionCentimes: 5_000_000n,
    tranches: [{ plannedOn: day("2019-01-15"), amountCentimes: 15_000_000n, paidOn: day("2019-01-20") }],
  });
  const g3 = await grant(staff, {
    cooperativeId: B, programmeId: ids.p33, approvedOn: day("2021-06-15"), status: "IN_PROGRESS",
    indhContributionCentimes: 4_503_599_627_370_497n, beneficiaryContributionCentimes: 4_503_599_627_370_496n, // total 2^53 + 1
    tranches: [{ plannedOn: day("2021-07-01"), amountCentimes: 4_503_599_627_370_497n, paidOn: null }],
  });
  const g4 = await grant(staff, {
    cooperativeId: C, programmeId: ids.p33, axisId: axes.employability, approvedOn: day("2023-03-01"), status: "APPROVED",
    indhContributionCentimes: 7_000_000n, beneficiaryContributionCentimes: 1_000_000n, partnerContributions: [{ organisationId: manzlaOrg, amountCentimes: 2_000_000n }],
    tranches: [{ plannedOn: day("2023-06-01"), amountCentimes: 3_000_000n, paidOn: day("2023-06-02") }],
  });
  const g5 = await grant(staff, {
    cooperativeId: D, programmeId: ids.p33, axisId: axes.entrepreneurship, approvedOn: day("2022-05-05"), status: "CANCELLED",
    indhContributionCentimes: 8_000_000n, beneficiaryContributionCentimes: 0n,
    tranches: [{ plannedOn: day("2022-06-01"), amountCentimes: 8_000_000n, paidOn: null }],
  });

  // Another prefecture, one rural commune, one women-led cooperative (5 of 5) and one grant.
  const region = await db.region.findFirstOrThrow();
  const other = (await db.prefecture.create({ data: { code: "OTHER", nameAr: "أخرى", nameFr: "Autre", regionId: region.id } })).id;
  const otherCommune = (await db.commune.create({ data: { prefectureId: other, code: "X", nameAr: "س", nameFr: "X", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } })).id;
  const otherStaff = await user("staff@other.test", other);
  const E = await coop(otherStaff, "E", otherCommune, ids.agriculture, 5, 5, 0);
  const g6 = await grant(otherStaff, {
    cooperativeId: E, programmeId: ids.p33, axisId: axes.entrepreneurship, approvedOn: day("2020-02-02"), status: "COMPLETED",
    indhContributionCentimes: 5_000_000n, beneficiaryContributionCentimes: 0n,
    tranches: [{ plannedOn: day("2020-03-01"), amountCentimes: 5_000_000n, paidOn: day("2020-03-01") }],
  });

  return {
    ids: { ...ids, ...axes, other, otherCommune },
    cooperatives: { A, B, C, D, E },
    grants: { g1, g2, g3, g4, g5, g6 },
    staff,
    manager: { ...(await user("manager@dash.test", prefectureId)), role: "MANAGER" as const },
    national: await user("national@dash.test", prefectureId, true),
  };
}
