import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/mutations";
import { DomainError, type Violation } from "@/lib/domain-error";
import { RecordNotFoundError, StillReferencedError, VersionConflictError } from "@/lib/actions/errors";
import { organisationSearchText } from "@/lib/search/search-text";
import { toFormValues, type OrganisationInput, type OrganisationUpdateInput } from "@/lib/organisations/schema";

type Tx = Prisma.TransactionClient;
const ENTITY = "Organisation";
const actorOf = (user: SessionUser) => ({ id: user.id, email: user.email });

function assertId(id: number): void {
  if (!Number.isSafeInteger(id) || id <= 0) throw new RecordNotFoundError();
}

// The commune id comes from a select and is untrusted; the code is unique within the prefecture.
async function refuseIfInvalid(tx: Tx, prefectureId: number, input: OrganisationInput, exceptId?: number): Promise<void> {
  const violations: Violation[] = [];
  if (input.communeId !== null) {
    const commune = await tx.commune.findFirst({ where: { id: input.communeId, prefectureId }, select: { id: true } });
    if (!commune) violations.push({ field: "communeId", code: "unknownCommune" });
  }
  const taken = await tx.organisation.findFirst({
    where: { prefectureId, code: input.code, ...(exceptId !== undefined && { id: { not: exceptId } }) },
    select: { id: true },
  });
  if (taken) violations.push({ field: "code", code: "organisationCodeTaken" });
  if (violations.length > 0) throw new DomainError(violations);
}

// Two simultaneous saves can both pass the check above; the unique index then decides.
async function mapUniqueViolation<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError([{ field: "code", code: "organisationCodeTaken" }]);
    }
    throw error;
  }
}

/** Creates an organisation in the user's prefecture, with its audit entry. */
export async function createOrganisation(user: SessionUser, input: OrganisationInput): Promise<{ id: number }> {
  const prefectureId = user.prefectureId;
  return mapUniqueViolation(() =>
    getDb().$transaction(async (tx) => {
      await refuseIfInvalid(tx, prefectureId, input);
      const created = await tx.organisation.create({ data: { ...input, prefectureId, searchText: organisationSearchText(input) } });
      await recordAudit(tx, { actor: actorOf(user), prefectureId, action: "CREATE", entityType: ENTITY, entityId: created.id, before: null, after: created });
      return { id: created.id };
    }),
  );
}

/** Updates an organisation the user may touch, refusing to overwrite a newer version. */
export async function updateOrganisation(user: SessionUser, id: number, input: OrganisationUpdateInput): Promise<{ id: number }> {
  assertId(id);
  const { version, ...fields } = input;
  return mapUniqueViolation(() =>
    getDb().$transaction(async (tx) => {
      const stored = await tx.organisation.findFirst({ where: { id, ...prefectureScope(user) } });
      if (!stored) throw new RecordNotFoundError();
      if (stored.version !== version) throw new VersionConflictError(toFormValues(stored), stored.version);
      await refuseIfInvalid(tx, stored.prefectureId, fields, id);
      const { count } = await tx.organisation.updateMany({
        where: { id, version },
        data: { ...fields, searchText: organisationSearchText(fields), version: { increment: 1 } },
      });
      const after = await tx.organisation.findUniqueOrThrow({ where: { id } });
      if (count !== 1) throw new VersionConflictError(toFormValues(after), after.version);
      await recordAudit(tx, { actor: actorOf(user), prefectureId: stored.prefectureId, action: "UPDATE", entityType: ENTITY, entityId: id, before: stored, after });
      return { id };
    }),
  );
}

// Events it organises or partners, presentations it gave and grant contributions it made all keep their
// meaning only with the organisation, so any of them blocks the deletion.
async function countReferences(tx: Tx, organisationId: number): Promise<Record<string, number>> {
  const where = { organisationId };
  // One query at a time: an interactive transaction runs on a single connection anyway.
  const organised = await tx.event.count({ where: { organiserId: organisationId } });
  const partnered = await tx.eventPartner.count({ where });
  const presentations = await tx.presentation.count({ where });
  const partnerContributions = await tx.grantPartnerContribution.count({ where });
  const counts = { events: organised + partnered, presentations, partnerContributions };
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

/** Deletes an organisation nothing refers to; the reason is kept in the audit trail. */
export async function deleteOrganisation(user: SessionUser, id: number, { reason, version }: { reason: string; version: number }): Promise<void> {
  assertId(id);
  await getDb().$transaction(async (tx) => {
    const stored = await tx.organisation.findFirst({ where: { id, ...prefectureScope(user) } });
    if (!stored) throw new RecordNotFoundError();
    if (stored.version !== version) throw new VersionConflictError(toFormValues(stored), stored.version);
    const references = await countReferences(tx, id);
    if (Object.keys(references).length > 0) throw new StillReferencedError(references);
    const { count } = await tx.organisation.deleteMany({ where: { id, version } });
    if (count !== 1) throw new VersionConflictError(toFormValues(stored), stored.version + 1);
    await recordAudit(tx, { actor: actorOf(user), prefectureId: stored.prefectureId, action: "DELETE", entityType: ENTITY, entityId: id, before: stored, after: null, reason });
  });
}
