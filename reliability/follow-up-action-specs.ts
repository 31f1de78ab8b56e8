// Issue 14's server actions in the bad-input suite (see action-specs.ts for what a spec is): visits,
// baselines, photos' texts and deletion, event galleries, cooperatives' public pages and the cooperatives
// presented at events. Records of their own are written here through Prisma, in the state each valid base
// needs; prefecture B gets a visit, photos and a cooperative whose ids are forged into A's requests.
// Photo files themselves are checked by lib/photos/process.test.ts (hostile types, truncated, oversized, pixel bombs),
// and sent over HTTP through the visit form and the gallery by reliability/photo-uploads.ts.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatFormDate } from "@/lib/format/dates";
import { moroccoToday } from "@/lib/conventions/rules";
import { optionalText, text, type Field } from "./hostile-values";
import type { ActionSpec } from "./action-specs";
import type { World } from "./bad-input-world";

const VERSION: Field = { kind: "version" };
const COUNT: Field = { kind: "optionalInt", min: 0, max: 100_000 };

export async function buildFollowUpSpecs(db: PrismaClient, w: World, grantsInUse: number[]): Promise<Record<string, ActionSpec>> {
  const grants = await db.grant.findMany({
    where: { prefectureId: w.homeId, id: { notIn: grantsInUse }, convention: null, status: { not: "CANCELLED" } },
    select: { id: true, approvedOn: true, baseline: { select: { version: true } } }, orderBy: { id: "asc" }, take: 3,
  });
  const [grantToVisit, grantWithVisits, grantForBaseline] = grants;
  if (!grantToVisit || !grantWithVisits || !grantForBaseline) throw new Error("the seed has too few grants for the follow-up specs");
  const today = formatFormDate(moroccoToday());
  const visitRow = (grantId: number, prefectureId: number, recordedById: number) =>
    db.visit.create({ data: { prefectureId, grantId, visitedOn: moroccoToday(), visitors: "DAS", findings: "Constat", projectState: "ON_TRACK", recordedById } });
  const visitToEdit = await visitRow(grantWithVisits.id, w.homeId, w.staff.id);
  const visitToDelete = await visitRow(grantWithVisits.id, w.homeId, w.staff.id);
  const foreignVisit = await visitRow(w.other.grant.id, w.otherId, w.other.user.id);
  // Photo rows without variants: the texts and deletion do not need the pictures.
  const photo = (owner: { prefectureId: number; visitId?: number; eventId?: number }, uploadedById: number) =>
    db.photo.create({ data: { ...owner, width: 960, height: 720, uploadedById } });
  const event = await db.event.findFirstOrThrow({ where: { prefectureId: w.homeId, slug: { not: "spare-event" } }, orderBy: { id: "asc" } });
  const visitPhoto = await photo({ prefectureId: w.homeId, visitId: visitToEdit.id }, w.staff.id);
  const visitPhotoToDelete = await photo({ prefectureId: w.homeId, visitId: visitToEdit.id }, w.staff.id);
  const eventPhoto = await photo({ prefectureId: w.homeId, eventId: event.id }, w.staff.id);
  const eventPhotoToDelete = await photo({ prefectureId: w.homeId, eventId: event.id }, w.staff.id);
  const foreignVisitPhoto = await photo({ prefectureId: w.otherId, visitId: foreignVisit.id }, w.other.user.id);
  const foreignEventPhoto = await photo({ prefectureId: w.otherId, eventId: w.other.event.id }, w.other.user.id);

  // Cooperatives: one switched public, one added to the event, one already presented there (to remove).
  // Not the spare cooperative: deleteCooperativeAction's control deletes it at its first version.
  const cooperatives = await db.cooperative.findMany({ where: { prefectureId: w.homeId, id: { not: w.spare.cooperative.id } }, orderBy: { id: "desc" }, take: 3, select: { id: true, version: true, registerNumber: true } });
  const [toPublish, toPresent, presented] = cooperatives;
  if (!toPublish || !toPresent || !presented) throw new Error("the seed has too few cooperatives for the follow-up specs");
  await db.eventCooperative.deleteMany({ where: { eventId: event.id, cooperativeId: { in: [toPresent.id, presented.id] } } });
  await db.eventCooperative.create({ data: { eventId: event.id, cooperativeId: presented.id } });
  const foreignCooperative = await db.cooperative.findUniqueOrThrow({ where: { id: w.other.cooperative.id }, select: { registerNumber: true } });
  if (cooperatives.some((c) => c.registerNumber === foreignCooperative.registerNumber)) throw new Error("B's cooperative must have a register number unknown in A");

  const visitFields: Record<string, Field> = {
    visitedOn: { kind: "date" }, visitors: text(1000), findings: text(5000), projectState: { kind: "enum" },
    milestoneId: { kind: "optionalId" }, jobs: COUNT, jobsWomen: COUNT, jobsYoung: COUNT, members: COUNT,
    annualRevenue: { kind: "optionalAmount" }, productionQuantity: { kind: "optionalInt", min: 0, max: 1_000_000_000 },
  };
  const visitBase = {
    visitedOn: today, visitors: "Cadres de la DAS", findings: "Production régulière", projectState: "ON_TRACK", milestoneId: "",
    jobs: "6", jobsWomen: "4", jobsYoung: "2", members: "12", annualRevenue: "150000", productionQuantity: "900",
  };
  const visitScenarios = {
    moreWomenThanJobs: { jobs: "2", jobsWomen: "3" },
    youngWithoutJobs: { jobs: "", jobsYoung: "1" },
    visitInTheFuture: { visitedOn: "01/01/2999" },
    beforeTheDecision: { visitedOn: "01/01/1990" },
  };
  const baselineVersion = grantForBaseline.baseline?.version ?? 0;
  const baselineBase = {
    jobs: "3", jobsWomen: "2", jobsYoung: "1", members: "10", annualRevenue: "80000", productionQuantity: "500",
    productionUnitAr: "كلغ في الشهر", productionUnitFr: "kg par mois", version: String(baselineVersion),
  };
  const photoFields: Record<string, Field> = { captionAr: optionalText(300), captionFr: optionalText(300), altAr: optionalText(300), altFr: optionalText(300), version: VERSION };
  const photoBase = { captionAr: "ورشة", captionFr: "Atelier", altAr: "نساء في الورشة", altFr: "Des femmes à l'atelier", isPublic: "on", version: "1" };
  const photoScenarios = { publicWithoutAltText: { altFr: null }, publicWithBlankCaption: { captionAr: "   " } };

  return {
    createVisitAction: {
      as: "staff", id: grantToVisit.id, foreignIds: [w.other.grant.id], base: visitBase, fields: visitFields, scenarios: visitScenarios, controlOrder: 2,
    },
    updateVisitAction: {
      as: "staff", id: visitToEdit.id, foreignIds: [foreignVisit.id], version: 1, base: { ...visitBase, version: "1" },
      fields: { ...visitFields, version: VERSION }, scenarios: visitScenarios, controlOrder: 1,
    },
    deleteVisitAction: {
      as: "staff", id: visitToDelete.id, foreignIds: [foreignVisit.id], version: 1, base: { reason: "reliability control", confirm: "on", version: "1" },
      fields: { reason: { kind: "reason" }, confirm: { kind: "confirm" }, version: VERSION }, controlOrder: 3,
    },
    saveBaselineAction: {
      as: "staff", id: grantForBaseline.id, foreignIds: [w.other.grant.id], base: baselineBase,
      fields: {
        jobs: { kind: "int", max: 100_000 }, jobsWomen: { kind: "int", max: 100_000 }, members: { kind: "int", max: 100_000 }, annualRevenue: { kind: "amount" },
        productionQuantity: { kind: "int", max: 1_000_000_000 }, productionUnitAr: text(100), productionUnitFr: text(100),
      },
      scenarios: { moreYoungThanJobs: { jobs: "1", jobsYoung: "2" }, negativeRevenue: { annualRevenue: "-5" }, staleVersion: { version: String(baselineVersion + 3) } },
      controlOrder: 1,
    },
    updateVisitPhotoAction: {
      as: "staff", id: visitToEdit.id, foreignIds: [foreignVisit.id], itemId: visitPhoto.id, foreignItemIds: [foreignVisitPhoto.id, eventPhoto.id],
      version: 1, base: photoBase, fields: photoFields, scenarios: photoScenarios, controlOrder: 1,
    },
    deleteVisitPhotoAction: {
      as: "staff", id: visitToEdit.id, foreignIds: [foreignVisit.id], itemId: visitPhotoToDelete.id, foreignItemIds: [foreignVisitPhoto.id, eventPhoto.id],
      version: 1, base: { version: "1" }, fields: { version: VERSION }, controlOrder: 3,
    },
    updateEventPhotoAction: {
      as: "staff", id: event.id, foreignIds: [w.other.event.id], itemId: eventPhoto.id, foreignItemIds: [foreignEventPhoto.id, visitPhoto.id],
      version: 1, base: photoBase, fields: photoFields, scenarios: photoScenarios, controlOrder: 1,
    },
    deleteEventPhotoAction: {
      as: "staff", id: event.id, foreignIds: [w.other.event.id], itemId: eventPhotoToDelete.id, foreignItemIds: [foreignEventPhoto.id, visitPhoto.id],
      version: 1, base: { version: "1" }, fields: { version: VERSION }, controlOrder: 3,
    },
    addEventPhotosAction: {
      as: "staff", id: event.id, foreignIds: [w.other.event.id], base: {}, fields: {},
      noControl: "adding photos needs image files, which form payloads here do not carry: hostile image files are refused by lib/photos/process.ts (lib/photos/process.test.ts: wrong types, truncated, oversized, pixel bombs)",
    },
    setCooperativePublicAction: {
      as: "staff", id: toPublish.id, foreignIds: [w.other.cooperative.id], version: toPublish.version,
      base: { isPublic: "true", version: String(toPublish.version) }, fields: { isPublic: { kind: "boolean" }, version: VERSION }, controlOrder: 1,
    },
    addEventCooperativeAction: {
      as: "staff", id: event.id, foreignIds: [w.other.event.id], base: { registerNumber: toPresent.registerNumber },
      fields: { registerNumber: text(60) },
      // B's cooperative, by its register number: not found in A, where the event is.
      scenarios: { anotherPrefecturesCooperative: { registerNumber: foreignCooperative.registerNumber }, alreadyPresented: { registerNumber: presented.registerNumber } },
      controlOrder: 2,
    },
    removeEventCooperativeAction: {
      as: "staff", id: event.id, foreignIds: [w.other.event.id], itemId: presented.id, foreignItemIds: [w.other.cooperative.id, toPresent.id], base: {}, fields: {}, controlOrder: 3,
    },
  };
}
