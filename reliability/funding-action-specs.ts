// The funding cycle's server actions in the bad-input suite (see action-specs.ts for what a spec is): calls,
// applications, screening, reviews, the committee and conventions. Each action gets records of its own,
// written here through Prisma (or the domain, for conventions), in the state its valid base needs, so that
// no control (the base sent alone at the end) takes away what another action's control needs. Prefecture
// B gets a call, an application, a session with an agenda item and a convention milestone, whose ids are
// forged into A's requests.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createApplicationFixture, createCallFixture, type CallFixture } from "@/lib/funding/test-fixtures";
import { storedCallSelect, toFormValues as callFormValues, type StoredCall } from "@/lib/calls/stored-call";
import { sessionFormValues, storedSessionSelect } from "@/lib/committee/stored";
import { storedConventionSelect, toFormValues as conventionFormValues } from "@/lib/conventions/snapshot";
import { createConvention, recordMilestoneReached, signConvention } from "@/lib/conventions/mutations";
import { formatFormDate } from "@/lib/format/dates";
import { HUGE_AMOUNT, optionalText, text, type Field } from "./hostile-values";
import type { ActionSpec } from "./action-specs";
import type { World } from "./bad-input-world";

const VERSION: Field = { kind: "version" };

export async function buildFundingSpecs(db: PrismaClient, w: World, grantsInUse: number[]): Promise<Record<string, ActionSpec>> {
  const staff = w.sessionUser(w.staff);
  const call = (slug: string, status = "PUBLISHED") => createCallFixture(w.homeId, { db, slug, status });
  const application = (c: CallFixture, status = "RECEIVED") => createApplicationFixture(c, { db, status });
  const foreignCall = await createCallFixture(w.otherId, { db, slug: "rel-foreign-call" });
  const foreignApplication = await createApplicationFixture(foreignCall, { db, status: "ELIGIBLE" });

  // ---- calls ----
  const callToEdit = await call("rel-edit-call", "DRAFT");
  const callToPublish = await call("rel-publish-call", "DRAFT");
  const callToCancel = await call("rel-cancel-call");
  const callForResults = await call("rel-results-call");
  const storedCall = (await db.callForProjects.findUniqueOrThrow({ where: { id: callToEdit.id }, select: storedCallSelect })) as StoredCall;
  const callValues = callFormValues(storedCall);
  const callFields: Record<string, Field> = {
    reference: { kind: "code", max: 60 }, titleAr: text(300), titleFr: text(300), textAr: text(50_000), textFr: text(50_000),
    programmeId: { kind: "id" }, "axes.0": { kind: "id" }, opensAtDate: { kind: "date" }, opensAtTime: { kind: "time" },
    closesAtDate: { kind: "date" }, closesAtTime: { kind: "time" }, envelope: { kind: "amount" },
    "documents.0.labelAr": text(300), "documents.1.labelFr": text(300), "criteria.0.labelAr": text(300), "criteria.2.weight": { kind: "int", min: 1, max: 100 },
  };
  const callScenarios = {
    closesWhenItOpens: { closesAtDate: callValues.opensAtDate!, closesAtTime: callValues.opensAtTime! },
    weightsNot100: { "criteria.0.weight": "41" },
    noDocumentLeft: { "documents.0.labelAr": null, "documents.0.labelFr": null, "documents.1.labelAr": null, "documents.1.labelFr": null },
  };
  const callIds = { foreignIds: [foreignCall.id] };

  // ---- applications (files and the form's ticket are attacked over HTTP by reliability/apply-uploads.ts) ----
  const applyCall = await call("rel-apply-call");
  const applicationBase = {
    registerNumber: "REL-APPLY-1", nameAr: "تعاونية", nameFr: "Coopérative", communeId: String(w.home.commune.id), sectorId: String(w.home.sector.id),
    members: "10", womenMembers: "5", youngMembers: "2", contactName: "Fatima", contactPhone: "0612345678", contactEmail: "",
    projectTitle: "Projet", projectDescription: "Description", axisId: String(applyCall.axisId), totalCost: "400000", requestedIndh: "240000",
    beneficiaryContribution: "160000", partnersContribution: "", partnersDescription: "", consent: "on",
  };
  const applicationFields: Record<string, Field> = {
    registerNumber: text(40), nameAr: text(200), nameFr: text(200), communeId: { kind: "id", foreign: [w.other.commune.id] }, sectorId: { kind: "id" },
    members: { kind: "int" }, womenMembers: { kind: "int" }, youngMembers: { kind: "int" }, contactName: text(200), contactPhone: text(30),
    contactEmail: { kind: "optionalEmail" }, projectTitle: text(300), projectDescription: text(5000), axisId: { kind: "id" },
    totalCost: { kind: "amount" }, requestedIndh: { kind: "amount" }, beneficiaryContribution: { kind: "amount" },
    partnersContribution: { kind: "optionalAmount" }, partnersDescription: optionalText(1000), consent: { kind: "confirm" },
  };

  // ---- screening: an application as received, its checklist all valid ----
  const screenCall = await call("rel-screen-call");
  const toScreen = await application(screenCall);
  const checklist = Object.fromEntries(screenCall.documentIds.flatMap((id, i) => [[`checks.${i}.documentId`, String(id)], [`checks.${i}.valid`, "on"], [`checks.${i}.note`, ""]]));

  // ---- reviews: eligible applications the staff member already reviewed once (version 1, so that "0", the
  // version of a first review, is a stale version here rather than a valid one) ----
  const reviewCall = await call("rel-review-call");
  const reviewedOnce = async () => {
    const { id } = await application(reviewCall, "ELIGIBLE");
    await db.review.create({
      data: {
        applicationId: id, reviewerId: w.staff.id, comment: "Premier avis", totalScore: 50, submittedAt: new Date(),
        scores: { create: reviewCall.criterionIds.map((criterionId) => ({ criterionId, score: 5 })) },
      },
    });
    return id;
  };
  const toReview = await reviewedOnce();
  const toDeclare = await reviewedOnce();
  const scores = Object.fromEntries(reviewCall.criterionIds.flatMap((id, i) => [[`scores.${i}.criterionId`, String(id)], [`scores.${i}.score`, "7"]]));

  // ---- committee: one session per action that changes a session's state ----
  const sessionData = {
    heldOn: new Date("2026-03-10T09:00:00Z"), placeAr: "مقر العمالة", placeFr: "Siège de la préfecture", chairAr: "السيد العامل", chairFr: "M. le Gouverneur",
    membersPresent: "Ahmed — DAS\nSalma — ODCO",
  };
  const session = (prefectureId = w.homeId, status = "PLANNED") => db.committeeSession.create({ data: { ...sessionData, prefectureId, status }, select: storedSessionSelect });
  const item = (sessionId: number, applicationId: number, rank: number, decision: string | null = null) =>
    db.committeeAgendaItem.create({ data: { sessionId, applicationId, rank, decision, reason: decision ? "Hors critères" : null, decidedAt: decision ? new Date() : null } });
  const committeeCall = await call("rel-committee-call");
  const sessionToEdit = await session();
  const sessionToFill = await session();
  const toAdd = await application(committeeCall, "ELIGIBLE");
  const eligibleCall = await call("rel-eligible-call");
  await application(eligibleCall, "ELIGIBLE");
  const sessionForCall = await session();
  const sessionToDecide = await session();
  const itemToDecide = await item(sessionToDecide.id, (await application(committeeCall, "ELIGIBLE")).id, 1);
  const itemToUndo = await item(sessionToDecide.id, (await application(committeeCall, "DEFERRED")).id, 2, "DEFERRED");
  // Every item decided, so it may be marked held; a session already held, whose call's results may be published.
  const resultsCall = await call("rel-committee-results-call");
  const sessionToHold = await session();
  await item(sessionToHold.id, (await application(resultsCall, "REJECTED")).id, 1, "REJECTED");
  const heldSession = await session(w.homeId, "HELD");
  const decidedItem = await item(heldSession.id, (await application(resultsCall, "REJECTED")).id, 1, "REJECTED");
  const foreignSession = await session(w.otherId);
  const foreignItem = await item(foreignSession.id, foreignApplication.id, 1);
  const sessionFields: Record<string, Field> = {
    heldOnDate: { kind: "date" }, heldOnTime: { kind: "time" }, placeAr: text(200), placeFr: text(200), chairAr: text(200), chairFr: text(200),
    membersPresent: text(6000), notesAr: optionalText(5000), notesFr: optionalText(5000),
  };
  const sessionIds = { foreignIds: [foreignSession.id] };
  // A held session refuses any change to its agenda: its id is forged where a planned one is expected.
  const plannedSessionIds = { foreignIds: [foreignSession.id, heldSession.id] };

  // ---- conventions: four grants of A that no other spec uses, with a convention in the state each action needs ----
  const grants = await db.grant.findMany({
    where: { prefectureId: w.homeId, id: { notIn: grantsInUse }, convention: null, status: { not: "CANCELLED" }, tranches: { some: {}, none: { paidOn: { not: null } } } },
    select: { id: true, approvedOn: true, tranches: { select: { id: true }, orderBy: { position: "asc" } } }, orderBy: { id: "desc" }, take: 5,
  });
  const [grantWithout, grantToEdit, grantToSign, grantToReach, grantToPay] = grants;
  if (!grantWithout || !grantToEdit || !grantToSign || !grantToReach || !grantToPay) throw new Error("the seed has too few unpaid grants with tranches for the convention specs");
  const convention = async (grant: (typeof grants)[number], reference: string) => {
    await createConvention(staff, grant.id, {
      reference, obligationsAr: "التزامات الطرفين", obligationsFr: "Obligations des parties", resultsAr: "النتائج المنتظرة", resultsFr: "Résultats attendus",
      milestones: grant.tranches.map((t, i) => ({ labelAr: `مرحلة ${i + 1}`, labelFr: `Étape ${i + 1}`, dueOn: grant.approvedOn, trancheId: t.id })),
    });
    return db.convention.findUniqueOrThrow({ where: { grantId: grant.id }, select: storedConventionSelect });
  };
  const conventionToEdit = await convention(grantToEdit, "REL-CONV-EDIT");
  const conventionToSign = await convention(grantToSign, "REL-CONV-SIGN");
  await convention(grantToReach, "REL-CONV-REACH");
  await signConvention(staff, grantToReach.id, { signedOn: grantToReach.approvedOn, version: 1 });
  const conventionToReach = await db.convention.findUniqueOrThrow({ where: { grantId: grantToReach.id }, select: storedConventionSelect });
  // The first tranche of this one is due: its milestone reached, the convention signed.
  const conventionToPay = await convention(grantToPay, "REL-CONV-PAY");
  await signConvention(staff, grantToPay.id, { signedOn: grantToPay.approvedOn, version: 1 });
  await recordMilestoneReached(staff, grantToPay.id, { milestoneId: conventionToPay.milestones[0]!.id, reachedOn: grantToPay.approvedOn, version: 2 });
  const { version: grantToPayVersion } = await db.grant.findUniqueOrThrow({ where: { id: grantToPay.id }, select: { version: true } });
  const conventionValues = conventionFormValues(conventionToEdit);
  const conventionFields: Record<string, Field> = {
    reference: { kind: "code", max: 40 }, obligationsAr: text(5000), obligationsFr: text(5000), resultsAr: text(5000), resultsFr: text(5000),
    "milestones.0.labelAr": text(300), "milestones.0.labelFr": text(300), "milestones.0.dueOn": { kind: "date" },
    // Another grant's tranche (of the same prefecture) cannot be released by this convention.
    "milestones.0.trancheId": { kind: "optionalId", foreign: [grantToSign.tranches[0]!.id] },
  };
  const grantIds = { foreignIds: [w.other.grant.id] };
  // A new convention's milestones release none of the tranches of the grant the values were taken from.
  const noTranches = Object.fromEntries(Object.keys(conventionValues).filter((k) => k.endsWith(".trancheId")).map((k) => [k, ""]));

  return {
    // ---- calls (STAFF of prefecture A) ----
    createCallAction: {
      as: "staff", base: { ...callValues, reference: "REL-NEW-CALL", prefectureId: "" }, fields: callFields,
      scenarios: { ...callScenarios, anotherPrefecture: { prefectureId: String(w.otherId) } }, controlOrder: 2,
    },
    updateCallAction: { as: "staff", id: callToEdit.id, ...callIds, version: 1, base: { ...callValues, version: "1" }, fields: { ...callFields, version: VERSION }, scenarios: callScenarios, controlOrder: 1 },
    publishCallAction: { as: "staff", id: callToPublish.id, ...callIds, version: 1, base: { version: "1" }, fields: { version: VERSION }, controlOrder: 1 },
    cancelCallAction: { as: "staff", id: callToCancel.id, ...callIds, version: 1, base: { version: "1", reason: "reliability control" }, fields: { version: VERSION, reason: { kind: "reason" } }, controlOrder: 1 },
    setCallResultsPublicAction: {
      as: "staff", id: callForResults.id, ...callIds, version: 1, base: { version: "1", resultsPublic: "on" }, fields: { version: VERSION, resultsPublic: { kind: "enum" } }, controlOrder: 1,
    },
    // ---- applications ----
    submitApplicationAction: {
      as: "nobody", id: applyCall.id, base: applicationBase, fields: applicationFields,
      noControl: "an application needs its files and the signed ticket of a served form: the accepted case is lib/applications/submit.int.test.ts and reliability/apply-uploads.ts",
    },
    recordPaperApplicationAction: {
      as: "staff", id: applyCall.id, foreignIds: [foreignCall.id], base: { ...applicationBase, language: "ar", receivedOn: "01/01/2026" },
      fields: { ...applicationFields, language: { kind: "enum" }, receivedOn: { kind: "date" } },
      noControl: "a paper application needs its scanned files: the accepted case is lib/applications/submit.int.test.ts",
    },
    // ---- screening and reviews ----
    screenApplicationAction: {
      as: "staff", id: toScreen.id, foreignIds: [foreignApplication.id], version: 1,
      base: { version: "1", decision: "ELIGIBLE", reason: "", ...checklist },
      fields: {
        version: VERSION, decision: { kind: "enum" }, reason: optionalText(2000), "checks.1.note": optionalText(500),
        "checks.0.documentId": { kind: "id", foreign: [foreignCall.documentIds[0]!, reviewCall.documentIds[1]!] },
      },
      scenarios: { ineligibleWithoutReason: { decision: "INELIGIBLE", reason: "" }, checklistShort: { "checks.1.documentId": null, "checks.1.valid": null, "checks.1.note": null } },
      controlOrder: 1,
    },
    saveReviewAction: {
      as: "staff", id: toReview, foreignIds: [foreignApplication.id, toScreen.id], version: 1,
      base: { version: "1", ...scores, comment: "Projet solide, marché local identifié." },
      fields: {
        version: VERSION, comment: text(4000), "scores.1.score": { kind: "int", max: 10 },
        "scores.0.criterionId": { kind: "id", foreign: [foreignCall.criterionIds[0]!, screenCall.criterionIds[0]!] },
      },
      controlOrder: 1,
    },
    declareConflictAction: {
      as: "staff", id: toDeclare, foreignIds: [foreignApplication.id, toScreen.id], version: 1,
      base: { version: "1", note: "Membre de la famille d'une coopératrice." }, fields: { version: VERSION, note: text(1000) }, controlOrder: 1,
    },
    // ---- committee ----
    createSessionAction: {
      as: "staff", base: { ...sessionFormValues(sessionToEdit), placeFr: "Salle des réunions", prefectureId: "" }, fields: sessionFields,
      scenarios: { anotherPrefecture: { prefectureId: String(w.otherId) } }, controlOrder: 2,
    },
    updateSessionAction: {
      as: "staff", id: sessionToEdit.id, ...sessionIds, version: 1, base: { ...sessionFormValues(sessionToEdit), version: "1" },
      fields: { ...sessionFields, version: VERSION }, controlOrder: 1,
    },
    addAgendaItemsAction: {
      as: "staff", id: sessionToFill.id, ...plannedSessionIds, base: { "applicationIds.0": String(toAdd.id) },
      // Another prefecture's application, one already decided, one under review elsewhere on no agenda but not of this form.
      fields: { "applicationIds.0": { kind: "id", foreign: [foreignApplication.id, decidedItem.applicationId, toScreen.id] } }, controlOrder: 2,
    },
    addEligibleOfCallAction: {
      as: "staff", id: sessionForCall.id, ...plannedSessionIds, base: { callId: String(eligibleCall.id) },
      fields: { callId: { kind: "id", foreign: [foreignCall.id, resultsCall.id] } }, controlOrder: 2,
    },
    rerankAgendaAction: { as: "staff", id: sessionToEdit.id, ...plannedSessionIds, base: {}, fields: {}, controlOrder: 1 },
    decideAgendaItemAction: {
      as: "staff", id: sessionToDecide.id, ...plannedSessionIds, itemId: itemToDecide.id, foreignItemIds: [foreignItem.id, decidedItem.id, itemToUndo.id],
      base: { decision: "REJECTED", reason: "Hors critères de l'appel", approvedAmount: "", partnerOrganisationId: "", acknowledgeWarnings: "" },
      fields: { decision: { kind: "enum" }, reason: text(2000) },
      scenarios: {
        approvedAboveRequest: { decision: "APPROVED", approvedAmount: "999999999" },
        approvedOverflowing: { decision: "APPROVED", approvedAmount: HUGE_AMOUNT },
        approvedWithoutAmount: { decision: "APPROVED", approvedAmount: "" },
      },
      controlOrder: 1,
    },
    undoAgendaDecisionAction: {
      as: "staff", id: sessionToDecide.id, ...plannedSessionIds, itemId: itemToUndo.id, foreignItemIds: [foreignItem.id, decidedItem.id, itemToDecide.id],
      base: {}, fields: {}, controlOrder: 1,
    },
    markSessionHeldAction: { as: "staff", id: sessionToHold.id, foreignIds: [foreignSession.id, sessionToDecide.id, heldSession.id], version: 1, base: { version: "1" }, fields: { version: VERSION }, controlOrder: 1 },
    publishCallResultsAction: {
      as: "staff", id: heldSession.id, ...sessionIds, base: { callId: String(resultsCall.id) },
      // Another prefecture's call, and a call of A with undecided applications on another session's agenda.
      fields: { callId: { kind: "id", foreign: [foreignCall.id, committeeCall.id] } }, controlOrder: 2,
    },
    // ---- conventions (the bound id is the grant's) ----
    createConventionAction: {
      as: "staff", id: grantWithout.id, ...grantIds, base: { ...conventionValues, ...noTranches, reference: "REL-CONV-NEW" },
      fields: conventionFields, controlOrder: 2,
    },
    updateConventionAction: {
      as: "staff", id: grantToEdit.id, ...grantIds, version: 1, base: { ...conventionValues, version: "1" }, fields: { ...conventionFields, version: VERSION },
      scenarios: { trancheTwice: { "milestones.1.trancheId": conventionValues["milestones.0.trancheId"] ?? "" }, referenceTaken: { reference: "REL-CONV-SIGN" } },
      controlOrder: 1,
    },
    signConventionAction: {
      as: "staff", id: grantToSign.id, ...grantIds, version: 1, base: { signedOn: formatFormDate(grantToSign.approvedOn), version: "1" },
      fields: { signedOn: { kind: "date" }, version: VERSION }, scenarios: { beforeTheDecision: { signedOn: "01/01/1990" } }, controlOrder: 1,
    },
    recordMilestoneReachedAction: {
      as: "staff", id: grantToReach.id, ...grantIds, version: 2,
      base: { milestoneId: String(conventionToReach.milestones[0]!.id), reachedOn: formatFormDate(grantToReach.approvedOn), version: "2" },
      fields: { milestoneId: { kind: "id", foreign: [conventionToSign.milestones[0]!.id] }, reachedOn: { kind: "date" }, version: VERSION },
      scenarios: { beforeTheSignature: { reachedOn: "01/01/1990" } }, controlOrder: 1,
    },
    // Paying a tranche (grants' action, on the convention page): only once its milestone is reached.
    payGrantTrancheAction: {
      as: "staff", id: grantToPay.id, foreignIds: [w.other.grant.id, grantToSign.id], version: grantToPayVersion,
      base: { position: "1", paidOn: formatFormDate(grantToPay.approvedOn), version: String(grantToPayVersion) },
      fields: { position: { kind: "int", max: 999 }, paidOn: { kind: "date" }, version: VERSION },
      scenarios: {
        beforeTheMilestone: { paidOn: "01/01/1990" },
        ...(grantToPay.tranches.length > 1 ? { milestoneNotReached: { position: "2" } } : {}),
      },
      controlOrder: 1,
    },
  };
}
