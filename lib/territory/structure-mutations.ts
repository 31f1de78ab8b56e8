import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { DomainError } from "@/lib/domain-error";
import type { SessionUser } from "@/lib/auth/types";
import { centimesToDecimalString } from "@/lib/format/money";
import { refuseIfReferenced, requireNational, type Tx } from "@/lib/territory/write-helpers";
import type { AxisInput, AxisUpdateInput, PhaseInput, ProgrammeInput } from "@/lib/territory/schema";

// The INDH structure is national data: audit entries carry no prefecture, so only national readers see
// them. Phase and Programme have no version column: their last write wins (rare, national-only edits).
type DeleteInput = { reason: string };

const PHASE = { id: true, number: true, startYear: true, endYear: true, nameAr: true, nameFr: true } as const;
const PROGRAMME = { id: true, phaseId: true, number: true, nameAr: true, nameFr: true } as const;
const AXIS = { id: true, programmeId: true, code: true, nameAr: true, nameFr: true, maxIndhSharePercent: true, maxIndhContributionCentimes: true, minWomenOrYouthMembersPercent: true } as const;

const audit = (tx: Tx, admin: SessionUser, entry: Omit<Parameters<typeof recordAudit>[1], "actor" | "prefectureId">) =>
  recordAudit(tx, { actor: admin, prefectureId: null, ...entry });

async function refuseTakenPhaseNumber(tx: Tx, number: number, exceptId?: number) {
  if (await tx.phase.findFirst({ where: { number, NOT: exceptId ? { id: exceptId } : undefined }, select: { id: true } })) {
    throw new DomainError([{ field: "number", code: "numberTaken" }]);
  }
}

async function checkProgramme(tx: Tx, input: ProgrammeInput, exceptId?: number) {
  if (!(await tx.phase.findUnique({ where: { id: input.phaseId }, select: { id: true } }))) throw new DomainError([{ field: "phaseId", code: "unknownPhase" }]);
  if (await tx.programme.findFirst({ where: { phaseId: input.phaseId, number: input.number, NOT: exceptId ? { id: exceptId } : undefined }, select: { id: true } })) {
    throw new DomainError([{ field: "number", code: "numberTaken" }]);
  }
}

async function checkAxis(tx: Tx, input: AxisInput, exceptId?: number) {
  if (!(await tx.programme.findUnique({ where: { id: input.programmeId }, select: { id: true } }))) throw new DomainError([{ field: "programmeId", code: "unknownProgramme" }]);
  if (await tx.axis.findFirst({ where: { programmeId: input.programmeId, code: input.code, NOT: exceptId ? { id: exceptId } : undefined }, select: { id: true } })) {
    throw new DomainError([{ field: "code", code: "codeTaken" }]);
  }
}

export async function createPhase(admin: SessionUser, input: PhaseInput): Promise<{ id: number }> {
  requireNational(admin, "number");
  return getDb().$transaction(async (tx) => {
    await refuseTakenPhaseNumber(tx, input.number);
    const after = await tx.phase.create({ data: input, select: PHASE });
    await audit(tx, admin, { action: "CREATE", entityType: "Phase", entityId: after.id, after });
    return { id: after.id };
  });
}

export async function updatePhase(admin: SessionUser, id: number, input: PhaseInput): Promise<void> {
  requireNational(admin, "number");
  await getDb().$transaction(async (tx) => {
    const before = await tx.phase.findUnique({ where: { id }, select: PHASE });
    if (!before) throw new RecordNotFoundError();
    await refuseTakenPhaseNumber(tx, input.number, id);
    const after = await tx.phase.update({ where: { id }, data: input, select: PHASE });
    await audit(tx, admin, { action: "UPDATE", entityType: "Phase", entityId: id, before, after });
  });
}

export async function deletePhase(admin: SessionUser, id: number, input: DeleteInput): Promise<void> {
  requireNational(admin, "reason");
  await getDb().$transaction(async (tx) => {
    const before = await tx.phase.findUnique({ where: { id }, select: PHASE });
    if (!before) throw new RecordNotFoundError();
    refuseIfReferenced({ programmes: await tx.programme.count({ where: { phaseId: id } }) });
    await tx.phase.delete({ where: { id } });
    await audit(tx, admin, { action: "DELETE", entityType: "Phase", entityId: id, before, reason: input.reason });
  });
}

export async function createProgramme(admin: SessionUser, input: ProgrammeInput): Promise<{ id: number }> {
  requireNational(admin, "number");
  return getDb().$transaction(async (tx) => {
    await checkProgramme(tx, input);
    const after = await tx.programme.create({ data: input, select: PROGRAMME });
    await audit(tx, admin, { action: "CREATE", entityType: "Programme", entityId: after.id, after });
    return { id: after.id };
  });
}

export async function updateProgramme(admin: SessionUser, id: number, input: ProgrammeInput): Promise<void> {
  requireNational(admin, "number");
  await getDb().$transaction(async (tx) => {
    const before = await tx.programme.findUnique({ where: { id }, select: PROGRAMME });
    if (!before) throw new RecordNotFoundError();
    await checkProgramme(tx, input, id);
    const after = await tx.programme.update({ where: { id }, data: input, select: PROGRAMME });
    await audit(tx, admin, { action: "UPDATE", entityType: "Programme", entityId: id, before, after });
  });
}

export async function deleteProgramme(admin: SessionUser, id: number, input: DeleteInput): Promise<void> {
  requireNational(admin, "reason");
  await getDb().$transaction(async (tx) => {
    const before = await tx.programme.findUnique({ where: { id }, select: PROGRAMME });
    if (!before) throw new RecordNotFoundError();
    const where = { programmeId: id };
    refuseIfReferenced({ grants: await tx.grant.count({ where }), axes: await tx.axis.count({ where }) });
    await tx.programme.delete({ where: { id } });
    await audit(tx, admin, { action: "DELETE", entityType: "Programme", entityId: id, before, reason: input.reason });
  });
}

function axisData({ maxIndhContribution, ...rest }: AxisInput) {
  return { ...rest, maxIndhContributionCentimes: maxIndhContribution };
}

type AxisRow = { code: string; nameAr: string; nameFr: string; programmeId: number; maxIndhSharePercent: number | null; maxIndhContributionCentimes: bigint | null; minWomenOrYouthMembersPercent: number | null };
const text = (v: number | null) => (v === null ? "" : String(v));
function axisValues(a: AxisRow): Record<string, string> {
  const amount = a.maxIndhContributionCentimes;
  return { programmeId: String(a.programmeId), code: a.code, nameAr: a.nameAr, nameFr: a.nameFr, maxIndhSharePercent: text(a.maxIndhSharePercent), maxIndhContribution: amount === null ? "" : centimesToDecimalString(amount), minWomenOrYouthMembersPercent: text(a.minWomenOrYouthMembersPercent) };
}

export async function createAxis(admin: SessionUser, input: AxisInput): Promise<{ id: number }> {
  requireNational(admin, "code");
  return getDb().$transaction(async (tx) => {
    await checkAxis(tx, input);
    const after = await tx.axis.create({ data: axisData(input), select: AXIS });
    await audit(tx, admin, { action: "CREATE", entityType: "Axis", entityId: after.id, after });
    return { id: after.id };
  });
}

export async function updateAxis(admin: SessionUser, id: number, input: AxisUpdateInput): Promise<void> {
  requireNational(admin, "code");
  await getDb().$transaction(async (tx) => {
    const stored = await tx.axis.findUnique({ where: { id }, select: { ...AXIS, version: true } });
    if (!stored) throw new RecordNotFoundError();
    const { version, ...before } = stored;
    const { version: expected, ...fields } = input;
    if (version !== expected) throw new VersionConflictError(axisValues(before), version);
    await checkAxis(tx, fields, id);
    const { count } = await tx.axis.updateMany({ where: { id, version }, data: { ...axisData(fields), version: { increment: 1 } } });
    if (count === 0) {
      const latest = await tx.axis.findUniqueOrThrow({ where: { id }, select: { ...AXIS, version: true } });
      throw new VersionConflictError(axisValues(latest), latest.version);
    }
    const after = await tx.axis.findUniqueOrThrow({ where: { id }, select: AXIS });
    await audit(tx, admin, { action: "UPDATE", entityType: "Axis", entityId: id, before, after });
  });
}

export async function deleteAxis(admin: SessionUser, id: number, input: DeleteInput & { version: number }): Promise<{ programmeId: number }> {
  requireNational(admin, "reason");
  return getDb().$transaction(async (tx) => {
    const stored = await tx.axis.findUnique({ where: { id }, select: { ...AXIS, version: true } });
    if (!stored) throw new RecordNotFoundError();
    const { version, ...before } = stored;
    if (version !== input.version) throw new VersionConflictError(axisValues(before), version);
    refuseIfReferenced({ grants: await tx.grant.count({ where: { axisId: id } }) });
    await tx.axis.delete({ where: { id } });
    await audit(tx, admin, { action: "DELETE", entityType: "Axis", entityId: id, before, reason: input.reason });
    return { programmeId: before.programmeId };
  });
}
