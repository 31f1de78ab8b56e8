// One spec per server action: who calls it, the record a bound id names, a VALID payload (`base`) and the
// fields whose poisons it must refuse. Payloads are the base plus hostile fillers plus at least one poison,
// so a refusal is about the poison; a final control sends the base alone and expects it to be accepted,
// which proves the base valid (otherwise every payload would be refused for a trivial reason).
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toFormValues as cooperativeValues } from "@/lib/cooperatives/schema";
import { toFormValues as organisationValues } from "@/lib/organisations/schema";
import { toFormValues as grantValues } from "@/lib/grants/snapshot";
import { toFormValues as eventValues } from "@/lib/events/form-values";
import { storedEventSelect } from "@/lib/events/stored-event";
import { rebuildGrantSummaries } from "@/lib/dashboards/grant-summary";
import { buildFundingSpecs } from "./funding-action-specs";
import { buildFollowUpSpecs } from "./follow-up-action-specs";
import { HUGE_AMOUNT, optionalText, text, type Field } from "./hostile-values";
import type { World } from "./bad-input-world";

export type Caller = "staff" | "admin" | "national" | "demoAdmin" | "nobody";

export type ActionSpec = {
  as: Caller;
  /** The bound record id (bound actions only) and the real ids of records the caller must not reach. */
  id?: number;
  foreignIds?: number[];
  /** The second bound id of actions bound to a record and one of its items (a committee session's agenda item). */
  itemId?: number;
  foreignItemIds?: number[];
  base: Record<string, string>;
  fields: Record<string, Field>;
  /** The stored version, for stale-version poisons. */
  version?: number;
  /** Poisons that need several fields at once (null removes a field). */
  scenarios?: Record<string, Record<string, string | null>>;
  /** Why the base is not sent alone at the end, when it is not. */
  noControl?: string;
  /** Controls run updates, then creates, then deletes, so no control removes what another one needs. */
  controlOrder?: 1 | 2 | 3;
};

const deletion = (version: number) => ({ reason: "reliability control", confirm: "on", version: String(version) });
const DELETE_FIELDS: Record<string, Field> = { reason: { kind: "reason" }, confirm: { kind: "confirm" }, version: { kind: "version" } };

export async function buildSpecs(db: PrismaClient, w: World): Promise<Record<string, ActionSpec>> {
  const grantInclude = { partnerContributions: true, tranches: { orderBy: { position: "asc" as const } } };
  const grants = await db.grant.findMany({
    where: { prefectureId: w.homeId, acknowledgedWarnings: null, axisId: null, partnerContributions: { some: {} }, tranches: { some: {} } },
    include: grantInclude, orderBy: { id: "asc" }, take: 3,
  });
  const fallback = await db.grant.findMany({ where: { prefectureId: w.homeId, acknowledgedWarnings: null }, include: grantInclude, orderBy: { id: "asc" }, take: 3 });
  const [grant, publishGrant, deleteGrant] = grants.length === 3 ? grants : fallback;
  if (!grant || !publishGrant || !deleteGrant) throw new Error("the seed has too few grants");
  // Demonstration grants can never be published: the one the control publishes becomes a real record (the
  // dashboard summaries, keyed by isDemo, rebuilt with it).
  await db.$transaction(async (tx) => {
    await tx.grant.update({ where: { id: publishGrant.id }, data: { isDemo: false } });
    await rebuildGrantSummaries(tx);
  });
  const cooperative = await db.cooperative.findFirstOrThrow({ where: { prefectureId: w.homeId, isDemo: true }, orderBy: { id: "asc" } });
  const organisation = await db.organisation.findFirstOrThrow({ where: { prefectureId: w.homeId, code: { not: "SPARE-ORG" } }, orderBy: { id: "asc" } });
  const event = await db.event.findFirstOrThrow({ where: { prefectureId: w.homeId, slug: { not: "spare-event" } }, orderBy: { id: "asc" }, select: storedEventSelect });
  const { commune, place } = w.home;
  const o = w.other;

  const cooperativeFields: Record<string, Field> = {
    registerNumber: text(50), nameAr: text(200), nameFr: text(200), sectorId: { kind: "id" },
    communeId: { kind: "id", foreign: [o.commune.id] }, placeId: { kind: "optionalId", foreign: [o.place.id] },
    foundedOn: { kind: "optionalDate" }, members: { kind: "int", max: 100_000 }, womenMembers: { kind: "int", max: 100_000 },
    youngMembers: { kind: "int", max: 100_000 }, contactName: optionalText(200), contactPhone: optionalText(30), contactEmail: { kind: "optionalEmail" },
  };
  const organisationFields: Record<string, Field> = {
    code: { kind: "code", max: 40 }, kind: { kind: "enum" }, acronym: optionalText(30), nameAr: text(300), nameFr: text(300),
    communeId: { kind: "optionalId", foreign: [o.commune.id] },
  };
  const grantFieldsOf = (values: Record<string, string>): Record<string, Field> => {
    const fields: Record<string, Field> = {
      cooperativeId: { kind: "id", foreign: [o.cooperative.id] }, programmeId: { kind: "id" }, axisId: { kind: "optionalId" },
      titleAr: text(300), titleFr: text(300), approvedOn: { kind: "date" }, status: { kind: "enum" },
      totalCost: { kind: "amount" }, indhContribution: { kind: "amount" }, beneficiaryContribution: { kind: "optionalAmount" },
    };
    for (const key of Object.keys(values)) {
      if (/organisationId$/.test(key)) fields[key] = { kind: "id", foreign: [o.organisation.id] };
      else if (/amount$/.test(key)) fields[key] = { kind: "amount" };
      else if (/plannedOn$/.test(key)) fields[key] = { kind: "date" };
      else if (/paidOn$/.test(key)) fields[key] = { kind: "optionalDate" };
    }
    return fields;
  };
  // Consistent amounts far beyond 64 bits: only an upper bound can refuse them (the sum rules hold).
  const overflowingGrant = (values: Record<string, string>) => {
    const scenario: Record<string, string | null> = { totalCost: HUGE_AMOUNT, indhContribution: HUGE_AMOUNT, beneficiaryContribution: "0" };
    for (const key of Object.keys(values)) if (/^(partnerContributions|tranches)\./.test(key)) scenario[key] = null;
    return { overflowingAmounts: scenario };
  };
  const grantBase = { ...grantValues(grant), acknowledgeWarnings: "" };
  const eventBase = eventValues(event);
  const eventFields: Record<string, Field> = {
    slug: { kind: "slug" }, kind: { kind: "enum" }, status: { kind: "enum" }, titleAr: text(300), titleFr: text(300), occasionAr: optionalText(200),
    startsAtDate: { kind: "date" }, startsAtTime: { kind: "time" }, venueAr: text(200), venueFr: text(200),
    communeId: { kind: "optionalId", foreign: [o.commune.id] }, placeId: { kind: "optionalId", foreign: [o.place.id] },
    organiserId: { kind: "id", foreign: [o.organisation.id] }, attendance: { kind: "optionalInt", max: 1_000_000 },
    summaryAr: text(2000), summaryFr: text(2000), bodyAr: text(50_000), bodyFr: text(50_000), sourceNameAr: optionalText(300),
  };
  if ("partners.0" in eventBase) eventFields["partners.0"] = { kind: "id", foreign: [o.organisation.id] };
  if ("presentations.0.titleAr" in eventBase) {
    Object.assign(eventFields, {
      "presentations.0.titleAr": text(300), "presentations.0.presenterRoleFr": text(200), "presentations.0.organisationId": { kind: "optionalId", foreign: [o.organisation.id] },
      "presentations.0.reportedPeriodStartYear": { kind: "optionalInt", min: 1900, max: 2100 }, "presentations.0.reportedCooperativesFunded": { kind: "optionalInt" },
      "presentations.0.reportedTotalEnvelope": { kind: "optionalAmount" },
    });
  }
  const commonNames = { nameAr: text(200), nameFr: text(200) };
  const communeBase = { code: commune.code, nameAr: commune.nameAr, nameFr: commune.nameFr, legalStatus: commune.legalStatus, setting: commune.setting };
  const communeFields: Record<string, Field> = { code: { kind: "code", max: 40 }, ...commonNames, legalStatus: { kind: "enum" }, setting: { kind: "enum" } };
  const placeBase = { code: place.code, kind: place.kind, nameAr: place.nameAr, nameFr: place.nameFr };
  const placeFields: Record<string, Field> = { code: { kind: "code", max: 40 }, kind: { kind: "enum" }, ...commonNames };
  const s = w.spare;
  const freshPassword = randomBytes(18).toString("base64url"); // drawn for the run, never a literal
  const phaseFields: Record<string, Field> = { number: { kind: "int", min: 1, max: 99 }, startYear: { kind: "int", min: 1990, max: 2100 }, endYear: { kind: "optionalInt", min: 1990, max: 2100 }, ...commonNames };
  const axisFields: Record<string, Field> = {
    programmeId: { kind: "id" }, code: { kind: "code", max: 60 }, ...commonNames,
    maxIndhSharePercent: { kind: "percent" }, maxIndhContribution: { kind: "optionalAmount" }, minWomenOrYouthMembersPercent: { kind: "percent" },
  };
  const axisBase = { programmeId: String(s.programme.id), code: s.axis.code, nameAr: s.axis.nameAr, nameFr: s.axis.nameFr, maxIndhSharePercent: "60", maxIndhContribution: "300000", minWomenOrYouthMembersPercent: "30" };
  const staffUser = w.staff;

  // A prefecture of the reference data, edited by the national administrator (no records of its own).
  const province = await db.prefecture.findUniqueOrThrow({ where: { id: w.otherId }, select: { regionId: true, kind: true, nameAr: true, nameFr: true, version: true } });
  const prefectureFields: Record<string, Field> = { regionId: { kind: "id" }, kind: { kind: "enum" }, ...commonNames };
  const funding = await buildFundingSpecs(db, w, [grant.id, publishGrant.id, deleteGrant.id]);
  const followUp = await buildFollowUpSpecs(db, w, [grant.id, publishGrant.id, deleteGrant.id]);
  return {
    ...funding,
    ...followUp,
    // ---- cooperatives, organisations, grants, events: STAFF of prefecture A ----
    createCooperativeAction: { as: "staff", base: { ...cooperativeValues(cooperative), registerNumber: "REL-NEW-1" }, fields: cooperativeFields, controlOrder: 2 },
    updateCooperativeAction: { as: "staff", id: cooperative.id, foreignIds: [o.cooperative.id], version: cooperative.version, base: { ...cooperativeValues(cooperative), version: String(cooperative.version) }, fields: { ...cooperativeFields, version: { kind: "version" } }, controlOrder: 1 },
    deleteCooperativeAction: { as: "staff", id: s.cooperative.id, foreignIds: [o.cooperative.id], version: 1, base: deletion(1), fields: DELETE_FIELDS, controlOrder: 3 },
    createOrganisationAction: { as: "staff", base: { ...organisationValues(organisation), code: "REL-NEW-ORG" }, fields: organisationFields, controlOrder: 2 },
    updateOrganisationAction: { as: "staff", id: organisation.id, foreignIds: [o.organisation.id], version: organisation.version, base: { ...organisationValues(organisation), version: String(organisation.version) }, fields: { ...organisationFields, version: { kind: "version" } }, controlOrder: 1 },
    deleteOrganisationAction: { as: "staff", id: s.organisation.id, foreignIds: [o.organisation.id], version: 1, base: deletion(1), fields: DELETE_FIELDS, controlOrder: 3 },
    createGrantAction: { as: "staff", base: grantBase, fields: grantFieldsOf(grantBase), scenarios: overflowingGrant(grantBase), controlOrder: 2 },
    updateGrantAction: { as: "staff", id: grant.id, foreignIds: [o.grant.id], version: grant.version, base: { ...grantBase, version: String(grant.version) }, fields: { ...grantFieldsOf(grantBase), version: { kind: "version" } }, scenarios: overflowingGrant(grantBase), controlOrder: 1 },
    deleteGrantAction: { as: "staff", id: deleteGrant.id, foreignIds: [o.grant.id], version: deleteGrant.version, base: deletion(deleteGrant.version), fields: DELETE_FIELDS, controlOrder: 3 },
    createEventAction: { as: "staff", base: { ...eventBase, slug: "rel-new-event" }, fields: eventFields, controlOrder: 2 },
    updateEventAction: { as: "staff", id: event.id, foreignIds: [o.event.id], version: event.version, base: { ...eventBase, version: String(event.version) }, fields: { ...eventFields, version: { kind: "version" } }, controlOrder: 1 },
    deleteEventAction: { as: "staff", id: s.event.id, foreignIds: [o.event.id], version: s.event.version, base: deletion(s.event.version), fields: DELETE_FIELDS, controlOrder: 3 },
    // ---- imports: the bound batch id is the only input (the confirm form has one checkbox) ----
    confirmImportAction: { as: "staff", id: w.home.batch, foreignIds: [o.batch], base: { acknowledgeWarnings: "on" }, fields: {}, noControl: "the home batch has an error row on purpose: confirming it must always be refused" },
    discardImportAction: { as: "staff", id: w.home.batch, foreignIds: [o.batch], base: {}, fields: {}, controlOrder: 3 },
    // ---- users, territory, publication: ADMIN of prefecture A ----
    createUserAction: {
      as: "admin", base: { email: "new.user@rel.test", name: "Nouvel utilisateur", role: "STAFF", isNational: "", prefectureId: "", password: "a long enough password 123" },
      fields: { email: { kind: "email" }, name: text(120), role: { kind: "enum" }, password: { kind: "optionalPassword" } },
      scenarios: { nationalByLocalAdmin: { isNational: "on" } }, controlOrder: 2,
    },
    updateUserAction: { as: "admin", id: staffUser.id, foreignIds: [o.user.id], version: staffUser.version, base: { name: staffUser.name, role: staffUser.role, isActive: "on", version: String(staffUser.version) }, fields: { name: text(120), role: { kind: "enum" }, version: { kind: "version" } }, controlOrder: 1 },
    resetUserPasswordAction: { as: "admin", id: staffUser.id, foreignIds: [o.user.id], base: { password: "another long password 456" }, fields: { password: { kind: "optionalPassword" } }, controlOrder: 1 },
    createPrefectureAction: { as: "national", base: { regionId: String(province.regionId), code: "REL-NEW-PROVINCE", kind: "PROVINCE", nameAr: "إقليم", nameFr: "Province" }, fields: { ...prefectureFields, code: { kind: "code", max: 40 } }, controlOrder: 2 },
    updatePrefectureAction: { as: "national", id: w.otherId, version: province.version, base: { regionId: String(province.regionId), kind: province.kind, nameAr: province.nameAr, nameFr: province.nameFr, version: String(province.version) }, fields: { ...prefectureFields, version: { kind: "version" } }, controlOrder: 1 },
    // One action for the preview (a file) and the confirmation (rows from a preview); neither has a valid
    // payload without a file's preview, so only the hostile fillers and names are sent.
    communeImportAction: { as: "admin", base: { step: "confirm", fileName: "communes.csv", rows: "[]" }, fields: { rows: text(100) }, noControl: "confirming needs the rows of a preview, which no form payload holds" },
    // Needs the one-time token printed at start, which no payload holds: every submission is refused.
    createFirstAdminAction: {
      as: "nobody", base: { token: "not-the-token", name: "Administratrice", email: "first.admin@rel.test", prefectureId: String(w.homeId), isNational: "", password: "a long enough password 123", confirmPassword: "a long enough password 123" },
      fields: { name: text(120), email: { kind: "email" }, prefectureId: { kind: "id" }, password: { kind: "password" } },
      noControl: "the setup token is printed in the server's console; without it the setup is always refused",
    },
    createCommuneAction: { as: "admin", base: { ...communeBase, code: "REL-NEW-COMMUNE", prefectureId: "" }, fields: communeFields, controlOrder: 2 },
    updateCommuneAction: { as: "admin", id: commune.id, foreignIds: [o.commune.id], version: commune.version, base: { ...communeBase, version: String(commune.version) }, fields: { ...communeFields, version: { kind: "version" } }, controlOrder: 1 },
    deleteCommuneAction: { as: "admin", id: s.commune.id, foreignIds: [o.commune.id], version: 1, base: deletion(1), fields: DELETE_FIELDS, controlOrder: 3 },
    createPlaceAction: { as: "admin", base: { ...placeBase, code: "REL-NEW-PLACE", communeId: String(commune.id) }, fields: { ...placeFields, communeId: { kind: "id", foreign: [o.commune.id] } }, controlOrder: 2 },
    updatePlaceAction: { as: "admin", id: place.id, foreignIds: [o.place.id], version: place.version, base: { ...placeBase, version: String(place.version) }, fields: { ...placeFields, version: { kind: "version" } }, controlOrder: 1 },
    deletePlaceAction: { as: "admin", id: s.place.id, foreignIds: [o.place.id], version: 1, base: deletion(1), fields: DELETE_FIELDS, controlOrder: 3 },
    setGrantPublicAction: { as: "admin", id: publishGrant.id, foreignIds: [o.grant.id], version: publishGrant.version, base: { isPublic: "true", version: String(publishGrant.version) }, fields: { isPublic: { kind: "boolean" }, version: { kind: "version" } }, controlOrder: 1 },
    // ---- INDH structure: national data, so a NATIONAL admin (a local one is refused before any check) ----
    createPhaseAction: { as: "national", base: { number: "8", startYear: "2036", endYear: "2040", nameAr: "مرحلة", nameFr: "Phase 8" }, fields: phaseFields, controlOrder: 2 },
    updatePhaseAction: { as: "national", id: s.phase.id, base: { number: "9", startYear: "2030", endYear: "2035", nameAr: s.phase.nameAr, nameFr: s.phase.nameFr }, fields: phaseFields, scenarios: { endBeforeStart: { startYear: "2035", endYear: "2030" } }, controlOrder: 1 },
    // Phases and programmes carry no version column (nothing to be stale against), so no stale-version poison.
    deletePhaseAction: { as: "national", id: s.lonePhase.id, base: deletion(1), fields: DELETE_FIELDS, controlOrder: 3 },
    createProgrammeAction: { as: "national", base: { phaseId: String(s.phase.id), number: "5", nameAr: "برنامج", nameFr: "Programme 5" }, fields: { phaseId: { kind: "id" }, number: { kind: "int", min: 1, max: 99 }, ...commonNames }, controlOrder: 2 },
    updateProgrammeAction: { as: "national", id: s.programme.id, base: { phaseId: String(s.phase.id), number: "1", nameAr: s.programme.nameAr, nameFr: s.programme.nameFr }, fields: { phaseId: { kind: "id" }, number: { kind: "int", min: 1, max: 99 }, ...commonNames }, controlOrder: 1 },
    deleteProgrammeAction: { as: "national", id: s.loneProgramme.id, base: deletion(1), fields: DELETE_FIELDS, controlOrder: 3 },
    createAxisAction: { as: "national", base: { ...axisBase, code: "REL-NEW-AXIS" }, fields: axisFields, controlOrder: 2 },
    updateAxisAction: { as: "national", id: s.axis.id, version: s.axis.version, base: { ...axisBase, version: String(s.axis.version) }, fields: { ...axisFields, version: { kind: "version" } }, controlOrder: 1 },
    deleteAxisAction: { as: "national", id: s.loneAxis.id, version: 1, base: deletion(1), fields: DELETE_FIELDS, controlOrder: 3 },
    // ---- accounts ----
    signInAction: {
      as: "nobody", base: { email: w.demoAdmin.email, password: w.demoAdminPassword, next: "/fr/admin" },
      fields: { email: { kind: "email" }, password: { kind: "text", max: 1000 } },
      scenarios: { wrongPassword: { password: "not the password" }, unknownAccount: { email: "nobody@rel.test" }, openRedirect: { password: "wrong", next: "//evil.example/x" } },
      noControl: "the refused attempts above rate-limit this account on purpose (5 per 15 minutes)",
    },
    changePasswordAction: {
      as: "demoAdmin", base: { currentPassword: w.demoAdminPassword, newPassword: freshPassword, confirmPassword: freshPassword },
      fields: { currentPassword: { kind: "text", max: 1000 }, newPassword: { kind: "password" }, confirmPassword: { kind: "password" } },
      scenarios: { wrongCurrentPassword: { currentPassword: "not the password" }, confirmationDiffers: { confirmPassword: "another long password 789" } },
      noControl: "changing the password is covered by lib/auth/change-password.int.test.ts; here it would end the session of later checks",
    },
  };
}

/** Actions with no input to attack: their payloads are not counted. */
export const NO_INPUT: Record<string, string> = {
  signOutAction: "takes no argument: it ends the caller's own session, whatever is sent",
};
