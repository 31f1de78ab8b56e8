import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { DomainError } from "@/lib/domain-error";
import { prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import { refuseIfReferenced, type Tx } from "@/lib/territory/write-helpers";
import { showAlternativeNames } from "@/lib/territory/alternative-names";
import type { CommuneInput, CommuneUpdateInput, PlaceInput, PlaceUpdateInput } from "@/lib/territory/schema";

// Communes and places belong to a prefecture: a prefecture admin writes their own, a national admin any.
type DeleteInput = { reason: string; version: number };

const COMMUNE = { id: true, prefectureId: true, code: true, nameAr: true, nameFr: true, legalStatus: true, setting: true, alternativeNames: true } as const;
const PLACE = { id: true, communeId: true, code: true, kind: true, nameAr: true, nameFr: true } as const;

async function scopedCommune(tx: Tx, admin: SessionUser, id: number) {
  const commune = await tx.commune.findFirst({ where: { id, ...prefectureScope(admin) }, select: { ...COMMUNE, version: true } });
  if (!commune) throw new RecordNotFoundError();
  return commune;
}

async function scopedPlace(tx: Tx, admin: SessionUser, id: number) {
  const place = await tx.place.findFirst({ where: { id, commune: prefectureScope(admin) }, select: { ...PLACE, version: true, commune: { select: { prefectureId: true } } } });
  if (!place) throw new RecordNotFoundError();
  return place;
}

async function refuseTakenCommuneCode(tx: Tx, prefectureId: number, code: string, exceptId?: number) {
  const taken = await tx.commune.findFirst({ where: { prefectureId, code, NOT: exceptId ? { id: exceptId } : undefined }, select: { id: true } });
  if (taken) throw new DomainError([{ field: "code", code: "codeTaken" }]);
}

async function refuseTakenPlaceCode(tx: Tx, communeId: number, code: string, exceptId?: number) {
  const taken = await tx.place.findFirst({ where: { communeId, code, NOT: exceptId ? { id: exceptId } : undefined }, select: { id: true } });
  if (taken) throw new DomainError([{ field: "code", code: "codeTaken" }]);
}

/**
 * The prefecture a commune goes into: the one a national admin chose, else `fallback`. A prefecture admin
 * naming another one is refused rather than silently ignored: it means the form was tampered with.
 */
async function chosenPrefecture(tx: Tx, admin: SessionUser, chosen: number | null, fallback: number): Promise<number> {
  if (chosen === null || chosen === fallback) return fallback;
  if (!admin.isNational) throw new DomainError([{ field: "prefectureId", code: "nationalOnly" }]);
  const prefecture = await tx.prefecture.findUnique({ where: { id: chosen }, select: { id: true } });
  if (!prefecture) throw new DomainError([{ field: "prefectureId", code: "unknownPrefecture" }]);
  return prefecture.id;
}

export async function createCommune(admin: SessionUser, input: CommuneInput): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const prefectureId = await chosenPrefecture(tx, admin, input.prefectureId, admin.prefectureId);
    await refuseTakenCommuneCode(tx, prefectureId, input.code);
    const { prefectureId: _ignored, ...data } = input;
    const after = await tx.commune.create({ data: { ...data, prefectureId }, select: COMMUNE });
    await recordAudit(tx, { actor: admin, prefectureId, action: "CREATE", entityType: "Commune", entityId: after.id, after });
    return { id: after.id };
  });
}

export async function updateCommune(admin: SessionUser, id: number, input: CommuneUpdateInput): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { version, ...before } = await scopedCommune(tx, admin, id);
    const { version: expected } = input;
    const data = communeFields(input);
    if (version !== expected) throw new VersionConflictError(communeValues(before), version);
    const prefectureId = await chosenPrefecture(tx, admin, input.prefectureId, before.prefectureId);
    // A commune filed under the wrong prefecture can move while nothing refers to it yet (its places move
    // with it); once cooperatives, events or organisations of that prefecture point to it, they would end up
    // pointing across prefectures.
    if (prefectureId !== before.prefectureId && (await communeReferenceCount(tx, id)) > 0) {
      throw new DomainError([{ field: "prefectureId", code: "communeInUse" }]);
    }
    await refuseTakenCommuneCode(tx, prefectureId, data.code, id);
    // The version in the where clause also catches a write that lands between the read and this update.
    // A new setting needs no refresh of the dashboard facts: grants read their zone through communeId.
    const { count } = await tx.commune.updateMany({ where: { id, version }, data: { ...data, prefectureId, version: { increment: 1 } } });
    if (count === 0) {
      const stored = await scopedCommune(tx, admin, id);
      throw new VersionConflictError(communeValues(stored), stored.version);
    }
    const after = await tx.commune.findUniqueOrThrow({ where: { id }, select: COMMUNE });
    await recordAudit(tx, { actor: admin, prefectureId: before.prefectureId, action: "UPDATE", entityType: "Commune", entityId: id, before, after });
    // The new prefecture's history shows the commune arriving too.
    if (prefectureId !== before.prefectureId) {
      await recordAudit(tx, { actor: admin, prefectureId, action: "UPDATE", entityType: "Commune", entityId: id, before, after });
    }
  });
}

export async function deleteCommune(admin: SessionUser, id: number, input: DeleteInput): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { version, ...before } = await scopedCommune(tx, admin, id);
    if (version !== input.version) throw new VersionConflictError(communeValues(before), version);
    const where = { communeId: id };
    refuseIfReferenced({
      cooperatives: await tx.cooperative.count({ where }),
      events: await tx.event.count({ where }),
      organisations: await tx.organisation.count({ where }),
      places: await tx.place.count({ where }),
    });
    await tx.commune.delete({ where: { id } });
    await recordAudit(tx, { actor: admin, prefectureId: before.prefectureId, action: "DELETE", entityType: "Commune", entityId: id, before, reason: input.reason });
  });
}

export async function createPlace(admin: SessionUser, input: PlaceInput): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    // The commune id comes from the form: another prefecture's commune is "not found".
    const commune = await scopedCommune(tx, admin, input.communeId);
    await refuseTakenPlaceCode(tx, input.communeId, input.code);
    const after = await tx.place.create({ data: input, select: PLACE });
    await recordAudit(tx, { actor: admin, prefectureId: commune.prefectureId, action: "CREATE", entityType: "Place", entityId: after.id, after });
    return { id: after.id };
  });
}

export async function updatePlace(admin: SessionUser, id: number, input: PlaceUpdateInput): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { version, commune, ...before } = await scopedPlace(tx, admin, id);
    const { version: expected, ...data } = input;
    if (version !== expected) throw new VersionConflictError(placeValues(before), version);
    await refuseTakenPlaceCode(tx, before.communeId, data.code, id);
    const { count } = await tx.place.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) {
      const stored = await scopedPlace(tx, admin, id);
      throw new VersionConflictError(placeValues(stored), stored.version);
    }
    const after = await tx.place.findUniqueOrThrow({ where: { id }, select: PLACE });
    await recordAudit(tx, { actor: admin, prefectureId: commune.prefectureId, action: "UPDATE", entityType: "Place", entityId: id, before, after });
  });
}

export async function deletePlace(admin: SessionUser, id: number, input: DeleteInput): Promise<{ communeId: number }> {
  return getDb().$transaction(async (tx) => {
    const { version, commune, ...before } = await scopedPlace(tx, admin, id);
    if (version !== input.version) throw new VersionConflictError(placeValues(before), version);
    refuseIfReferenced({ cooperatives: await tx.cooperative.count({ where: { placeId: id } }), events: await tx.event.count({ where: { placeId: id } }) });
    await tx.place.delete({ where: { id } });
    await recordAudit(tx, { actor: admin, prefectureId: commune.prefectureId, action: "DELETE", entityType: "Place", entityId: id, before, reason: input.reason });
    return { communeId: before.communeId };
  });
}

async function communeReferenceCount(tx: Tx, communeId: number): Promise<number> {
  const where = { communeId };
  const counts = await Promise.all([tx.cooperative.count({ where }), tx.event.count({ where }), tx.organisation.count({ where })]);
  return counts.reduce((a, b) => a + b, 0);
}

function communeFields(c: CommuneUpdateInput) {
  return { code: c.code, nameAr: c.nameAr, nameFr: c.nameFr, legalStatus: c.legalStatus, setting: c.setting, alternativeNames: c.alternativeNames };
}

// The stored record as form strings, for the conflict table.
function communeValues(c: { code: string; nameAr: string; nameFr: string; legalStatus: string; setting: string; alternativeNames: string; prefectureId: number }): Record<string, string> {
  return { code: c.code, nameAr: c.nameAr, nameFr: c.nameFr, legalStatus: c.legalStatus, setting: c.setting, alternativeNames: showAlternativeNames(c.alternativeNames), prefectureId: String(c.prefectureId) };
}

function placeValues(p: { code: string; kind: string; nameAr: string; nameFr: string }): Record<string, string> {
  return { code: p.code, kind: p.kind, nameAr: p.nameAr, nameFr: p.nameFr };
}
