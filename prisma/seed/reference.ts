// Loads the reference data: territory, INDH phases/programmes/axes, sectors and organisations.
// Every record is found by its natural key first and only created when missing, so seeding twice
// changes nothing and never overwrites what staff edited since.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  COMMUNES,
  ORGANISATIONS,
  PHASES,
  PREFECTURE_CODE,
  SECTORS,
  TANGIER_ARRONDISSEMENTS,
  communeOrganisationCode,
} from "./reference-data";
import { seedTerritory } from "./territory";
import { joinAlternativeNames } from "@/lib/territory/alternative-names";

export async function seedReference(db: PrismaClient): Promise<{ prefectureId: number }> {
  const prefectureId = (await seedTerritory(db)).get(PREFECTURE_CODE)!;

  for (const { alternativeNames: spellings = [], ...commune } of COMMUNES) {
    const key = { prefectureId_code: { prefectureId, code: commune.code } };
    const alternativeNames = joinAlternativeNames(spellings);
    const found = await db.commune.findUnique({ where: key });
    // Spellings arrived after the communes: an existing commune without any gets the seed's (what the
    // alternative_names migration left empty); one with spellings of its own keeps them.
    if (found && found.alternativeNames === "" && alternativeNames !== "") {
      await db.commune.update({ where: { id: found.id }, data: { alternativeNames } });
    }
    const saved = found ?? (await db.commune.create({ data: { ...commune, alternativeNames, prefectureId } }));
    const organisationKey = { prefectureId_code: { prefectureId, code: communeOrganisationCode(commune.code) } };
    if (!(await db.organisation.findUnique({ where: organisationKey }))) {
      await db.organisation.create({
        data: {
          prefectureId,
          code: communeOrganisationCode(commune.code),
          kind: "COMMUNE",
          nameAr: `جماعة ${commune.nameAr}`,
          nameFr: `Commune de ${commune.nameFr}`,
          communeId: saved.id,
        },
      });
    }
    if (commune.code === "TANGER") {
      for (const place of TANGIER_ARRONDISSEMENTS) {
        const placeKey = { communeId_code: { communeId: saved.id, code: place.code } };
        if (!(await db.place.findUnique({ where: placeKey }))) {
          await db.place.create({ data: { ...place, kind: "ARRONDISSEMENT", communeId: saved.id } });
        }
      }
    }
  }

  for (const { programmes, ...phase } of PHASES) {
    const savedPhase =
      (await db.phase.findUnique({ where: { number: phase.number } })) ?? (await db.phase.create({ data: phase }));
    for (const { axes, ...programme } of programmes) {
      const programmeKey = { phaseId_number: { phaseId: savedPhase.id, number: programme.number } };
      const savedProgramme =
        (await db.programme.findUnique({ where: programmeKey })) ??
        (await db.programme.create({ data: { ...programme, phaseId: savedPhase.id } }));
      for (const axis of axes) {
        const axisKey = { programmeId_code: { programmeId: savedProgramme.id, code: axis.code } };
        if (!(await db.axis.findUnique({ where: axisKey }))) {
          await db.axis.create({ data: { ...axis, programmeId: savedProgramme.id } });
        }
      }
    }
  }

  for (const sector of SECTORS) {
    if (!(await db.sector.findUnique({ where: { code: sector.code } }))) await db.sector.create({ data: sector });
  }

  for (const organisation of ORGANISATIONS) {
    const key = { prefectureId_code: { prefectureId, code: organisation.code } };
    if (!(await db.organisation.findUnique({ where: key }))) {
      await db.organisation.create({ data: { ...organisation, prefectureId } });
    }
  }
  return { prefectureId };
}
