// The records the bad-input suite aims at: the seeded prefecture A (with the demonstration data), a second
// prefecture B whose ids are forged into A's requests, spare records of A that a delete could remove (so a
// delete payload is refused because of its poison, not because the record is still referenced), and
// preview batches of both prefectures.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { seedAll } from "@/prisma/seed/seed-all";
import { createTestUser } from "@/lib/testing/test-user";
import { previewImport } from "@/lib/imports/mutations";
import { COOPERATIVE_COLUMNS } from "@/lib/imports/columns";
import { csvFile } from "@/lib/imports/test-files";

export type World = Awaited<ReturnType<typeof buildWorld>>;

const sessionUser = (u: { id: number; email: string; name: string; role: string; isNational: boolean; prefectureId: number }): SessionUser =>
  ({ id: u.id, email: u.email, name: u.name, role: u.role as SessionUser["role"], isNational: u.isNational, prefectureId: u.prefectureId });

export async function buildWorld(db: PrismaClient) {
  const { prefectureId: homeId } = await seedAll(db, { demo: true });
  // A second province of the reference data, holding no records of its own.
  const other = await db.prefecture.findUniqueOrThrow({ where: { code: "FAHS-ANJRA" } });
  const user = (email: string, role: string, prefectureId: number, isNational = false) =>
    db.user.create({ data: { email, name: email, role, prefectureId, isNational, passwordHash: "x" } });

  const staff = await user("staff@home.rel", "STAFF", homeId);
  const admin = await user("admin@home.rel", "ADMIN", homeId);
  const national = await user("national@home.rel", "ADMIN", homeId, true);
  // The admin whose real password the sign-in and change-password payloads start from: random for the run
  // (the suite once used a demo account's published password). The caller is still named demoAdmin.
  const { user: demoAdmin, password: demoAdminPassword } = await createTestUser(db, { role: "ADMIN", prefectureId: homeId, email: "password-admin@home.rel" });

  // Prefecture B: one record of every kind an id field or a bound id can name.
  const otherUser = await user("staff@other.rel", "STAFF", other.id);
  const otherCommune = await db.commune.create({ data: { prefectureId: other.id, code: "KSAR-SGHIR", nameAr: "القصر الصغير", nameFr: "Ksar Sghir", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } });
  const otherPlace = await db.place.create({ data: { communeId: otherCommune.id, code: "DOUAR-1", kind: "DOUAR", nameAr: "دوار", nameFr: "Douar" } });
  const otherOrganisation = await db.organisation.create({ data: { prefectureId: other.id, code: "OTHER-ORG", kind: "ASSOCIATION", nameAr: "جمعية", nameFr: "Association" } });
  const sector = await db.sector.findFirstOrThrow();
  const otherCooperative = await db.cooperative.create({
    data: { prefectureId: other.id, registerNumber: "B-1", nameAr: "تعاونية", nameFr: "Coopérative B", sectorId: sector.id, communeId: otherCommune.id, members: 10, womenMembers: 5, youngMembers: 2 },
  });
  const template = await db.grant.findFirstOrThrow({ where: { prefectureId: homeId }, orderBy: { id: "asc" } });
  const otherGrant = await db.grant.create({
    data: {
      prefectureId: other.id, cooperativeId: otherCooperative.id, programmeId: template.programmeId, titleAr: "منحة", titleFr: "Subvention B",
      approvedOn: new Date("2024-01-01"), totalCostCentimes: 100n, indhContributionCentimes: 100n, beneficiaryContributionCentimes: 0n, status: "APPROVED",
    },
  });
  const event1 = await db.event.findFirstOrThrow({ where: { prefectureId: homeId }, orderBy: { id: "asc" } });
  const { id: _id, ...eventData } = event1;
  const otherEvent = await db.event.create({ data: { ...eventData, prefectureId: other.id, slug: "other-prefecture-event", organiserId: otherOrganisation.id, communeId: null, placeId: null } });

  // Spares of prefecture A that nothing refers to: a valid delete of them would go through.
  const homeCommune = await db.commune.findFirstOrThrow({ where: { prefectureId: homeId, places: { some: {} } }, include: { places: true } });
  const spareCommune = await db.commune.create({ data: { prefectureId: homeId, code: "SPARE-COMMUNE", nameAr: "جماعة", nameFr: "Spare", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } });
  const sparePlace = await db.place.create({ data: { communeId: homeCommune.id, code: "SPARE-PLACE", kind: "DOUAR", nameAr: "دوار", nameFr: "Spare" } });
  const spareOrganisation = await db.organisation.create({ data: { prefectureId: homeId, code: "SPARE-ORG", kind: "OTHER", nameAr: "هيئة", nameFr: "Spare" } });
  const spareCooperative = await db.cooperative.create({
    data: { prefectureId: homeId, registerNumber: "SPARE-1", nameAr: "تعاونية", nameFr: "Spare", sectorId: sector.id, communeId: homeCommune.id, members: 3, womenMembers: 1, youngMembers: 1 },
  });
  const spareEvent = await db.event.create({ data: { ...eventData, slug: "spare-event", status: "DRAFT", publishedAt: null } });
  const sparePhase = await db.phase.create({ data: { number: 9, startYear: 2030, endYear: 2035, nameAr: "مرحلة", nameFr: "Phase spare" } });
  const spareProgramme = await db.programme.create({ data: { phaseId: sparePhase.id, number: 1, nameAr: "برنامج", nameFr: "Programme spare" } });
  const spareAxis = await db.axis.create({ data: { programmeId: spareProgramme.id, code: "SPARE-AXIS", nameAr: "محور", nameFr: "Axe spare" } });
  // Nothing refers to these three: the delete controls remove them.
  const lonePhase = await db.phase.create({ data: { number: 10, startYear: 2036, endYear: null, nameAr: "مرحلة", nameFr: "Phase lone" } });
  const loneProgramme = await db.programme.create({ data: { phaseId: sparePhase.id, number: 2, nameAr: "برنامج", nameFr: "Programme lone" } });
  const loneAxis = await db.axis.create({ data: { programmeId: spareProgramme.id, code: "LONE-AXIS", nameAr: "محور", nameFr: "Axe lone" } });

  // Preview batches: A's has an error row (so confirming must refuse it), B's belongs to someone else.
  const badRow = ["BAD-1", "تعاونية", "Coopérative", "Apiculture", "Al Manzla", "", "31/02/2020", "-3", "7", "3", "", "", ""];
  const file = csvFile([COOPERATIVE_COLUMNS.map((c) => c.fr), badRow]);
  const preview = async (u: { id: number; email: string; name: string; role: string; isNational: boolean; prefectureId: number }) => {
    const result = await previewImport(sessionUser(u), "cooperatives", "bad.csv", file);
    if (!result.ok) throw new Error(`the fixture preview was refused: ${JSON.stringify(result.problem)}`);
    return result.batchId;
  };
  const homeBatch = await preview(staff);
  const otherBatch = await preview(otherUser);

  return {
    homeId, otherId: other.id, staff, admin, national, demoAdmin, demoAdminPassword, sessionUser,
    other: { user: otherUser, commune: otherCommune, place: otherPlace, organisation: otherOrganisation, cooperative: otherCooperative, grant: otherGrant, event: otherEvent, batch: otherBatch },
    home: { commune: homeCommune, place: homeCommune.places[0]!, sector, batch: homeBatch },
    spare: { commune: spareCommune, place: sparePlace, organisation: spareOrganisation, cooperative: spareCooperative, event: spareEvent, phase: sparePhase, programme: spareProgramme, axis: spareAxis, lonePhase, loneProgramme, loneAxis },
  };
}
