import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/mutations";
import { DomainError, type Violation } from "@/lib/domain-error";
import { RecordNotFoundError, StillReferencedError, VersionConflictError } from "@/lib/actions/errors";
import { cooperativeSearchText } from "@/lib/search/search-text";
import { cooperativeFacts, refreshCooperativeGrantFacts } from "@/lib/dashboards/grant-facts";
import { toFormValues, type CooperativeInput, type CooperativeUpdateInput } from "@/lib/cooperatives/schema";

type Tx = Prisma.TransactionClient;
const ENTITY = "Cooperative";
const actorOf = (user: SessionUser) => ({ id: user.id, email: user.email });

// Ids come from URLs and bound actions: anything but a positive integer cannot be a record.
function assertId(id: number): void {
  if (!Number.isSafeInteger(id) || id <= 0) throw new RecordNotFoundError();
}

// The schema already checks these, but the rule belongs to the domain: imports call mutations directly.
function memberViolations(input: CooperativeInput): Violation[] {
  const violations: Violation[] = [];
  if (input.womenMembers > input.members) violations.push({ field: "womenMembers", code: "womenExceedMembers" });
  if (input.youngMembers > input.members) violations.push({ field: "youngMembers", code: "youngExceedMembers" });
  return violations;
}

// Ids from the form's selects are untrusted: the commune and place must belong to the record's prefecture.
async function referenceViolations(tx: Tx, prefectureId: number, input: CooperativeInput, exceptId?: number): Promise<Violation[]> {
  const violations: Violation[] = [];
  if (!(await tx.sector.findUnique({ where: { id: input.sectorId }, select: { id: true } }))) violations.push({ field: "sectorId", code: "unknownSector" });
  const commune = await tx.commune.findFirst({ where: { id: input.communeId, prefectureId }, select: { id: true } });
  if (!commune) violations.push({ field: "communeId", code: "unknownCommune" });
  if (input.placeId !== null) {
    const place = await tx.place.findFirst({ where: { id: input.placeId, communeId: input.communeId }, select: { id: true } });
    if (!place) violations.push({ field: "placeId", code: "placeNotInCommune" });
  }
  // Unique within the prefecture; the record being edited may keep its own number.
  const taken = await tx.cooperative.findFirst({
    where: { prefectureId, registerNumber: input.registerNumber, ...(exceptId !== undefined && { id: { not: exceptId } }) },
    select: { id: true },
  });
  if (taken) violations.push({ field: "registerNumber", code: "registerNumberTaken" });
  return violations;
}

async function refuseIfInvalid(tx: Tx, prefectureId: number, input: CooperativeInput, exceptId?: number): Promise<void> {
  const violations = [...memberViolations(input), ...(await referenceViolations(tx, prefectureId, input, exceptId))];
  if (violations.length > 0) throw new DomainError(violations);
}

// Two simultaneous creates can both pass the check above; the unique index then decides.
async function mapUniqueViolation<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError([{ field: "registerNumber", code: "registerNumberTaken" }]);
    }
    throw error;
  }
}

/** Creates a cooperative in the user's prefecture, with its audit entry. */
export async function createCooperative(user: SessionUser, input: CooperativeInput): Promise<{ id: number }> {
  return mapUniqueViolation(() => getDb().$transaction((tx) => createCooperativeInTransaction(tx, user, user.prefectureId, input)));
}

/**
 * createCooperative's checks, write and audit entry inside a caller's transaction, in `prefectureId` (the
 * caller has checked the user may touch it): the committee's approval creates the applicant's cooperative
 * together with its grant.
 */
export async function createCooperativeInTransaction(tx: Tx, user: SessionUser, prefectureId: number, input: CooperativeInput): Promise<{ id: number }> {
  await refuseIfInvalid(tx, prefectureId, input);
  const created = await tx.cooperative.create({
    data: { ...input, ...cooperativeFacts(input), prefectureId, searchText: cooperativeSearchText(input) },
  });
  await recordAudit(tx, { actor: actorOf(user), prefectureId, action: "CREATE", entityType: ENTITY, entityId: created.id, before: null, after: created });
  return { id: created.id };
}

/** Updates a cooperative the user may touch, refusing to overwrite a version newer than the one edited. */
export async function updateCooperative(user: SessionUser, id: number, input: CooperativeUpdateInput): Promise<{ id: number }> {
  assertId(id);
  const { version, ...fields } = input;
  return mapUniqueViolation(() =>
    getDb().$transaction(async (tx) => {
      const stored = await tx.cooperative.findFirst({ where: { id, ...prefectureScope(user) } });
      if (!stored) throw new RecordNotFoundError();
      if (stored.version !== version) throw new VersionConflictError(toFormValues(stored), stored.version);
      await refuseIfInvalid(tx, stored.prefectureId, fields, id);
      // The version in the where clause makes the write itself refuse a concurrent save.
      const { count } = await tx.cooperative.updateMany({
        where: { id, version },
        data: { ...fields, ...cooperativeFacts(fields), searchText: cooperativeSearchText(fields), version: { increment: 1 } },
      });
      const after = await tx.cooperative.findUniqueOrThrow({ where: { id } });
      if (count !== 1) throw new VersionConflictError(toFormValues(after), after.version);
      // A move to another commune (or sector) moves the grants' dashboard facts with it.
      await refreshCooperativeGrantFacts(tx, id);
      await recordAudit(tx, { actor: actorOf(user), prefectureId: stored.prefectureId, action: "UPDATE", entityType: ENTITY, entityId: id, before: stored, after });
      return { id };
    }),
  );
}

/** Deletes a cooperative without grants; the reason is kept in the audit trail. */
export async function deleteCooperative(user: SessionUser, id: number, { reason, version }: { reason: string; version: number }): Promise<void> {
  assertId(id);
  await getDb().$transaction(async (tx) => {
    const stored = await tx.cooperative.findFirst({ where: { id, ...prefectureScope(user) } });
    if (!stored) throw new RecordNotFoundError();
    if (stored.version !== version) throw new VersionConflictError(toFormValues(stored), stored.version);
    const grants = await tx.grant.count({ where: { cooperativeId: id } });
    if (grants > 0) throw new StillReferencedError({ grants });
    const { count } = await tx.cooperative.deleteMany({ where: { id, version } });
    if (count !== 1) throw new VersionConflictError(toFormValues(stored), stored.version + 1);
    await recordAudit(tx, { actor: actorOf(user), prefectureId: stored.prefectureId, action: "DELETE", entityType: ENTITY, entityId: id, before: stored, after: null, reason });
  });
}
