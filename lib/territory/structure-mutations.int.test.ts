import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import { StillReferencedError, VersionConflictError } from "@/lib/actions/errors";
import type { SessionUser } from "@/lib/auth/types";
import { seedReference } from "@/prisma/seed/reference";
import { createAxis, createPhase, createProgramme, deleteAxis, deletePhase, deleteProgramme, updateAxis, updatePhase } from "./structure-mutations";

let national: SessionUser;
let local: SessionUser;

async function admin(email: string, prefectureId: number, isNational: boolean): Promise<SessionUser> {
  const u = await getDb().user.create({ data: { email, name: email, role: "ADMIN", prefectureId, isNational, passwordHash: "x" } });
  return { id: u.id, email, name: email, role: "ADMIN", isNational, prefectureId };
}

async function refused<E>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(() => { throw new Error("accepted"); }, (e: unknown) => e);
  expect(error).toBeInstanceOf(type);
  return error as E;
}

const axisInput = (programmeId: number) => ({ programmeId, code: "TEST-AXIS", nameAr: "محور", nameFr: "Axe", maxIndhSharePercent: 70, maxIndhContribution: 30_000_000n, minWomenOrYouthMembersPercent: null });

beforeAll(async () => {
  const { prefectureId } = await seedReference(getDb());
  national = await admin("national@test.ma", prefectureId, true);
  local = await admin("local@test.ma", prefectureId, false);
});

describe("the INDH structure is national data", () => {
  it("refuses every write from a prefecture admin and writes nothing", async () => {
    const db = getDb();
    const axis = await db.axis.findFirstOrThrow();
    const before = { axes: await db.axis.count(), audit: await db.auditEntry.count() };
    const error = await refused(updateAxis(local, axis.id, { ...axisInput(axis.programmeId), code: axis.code, version: axis.version }), DomainError);
    expect(error.violations).toEqual([{ field: "code", code: "nationalOnly" }]);
    await refused(createAxis(local, axisInput(axis.programmeId)), DomainError);
    await refused(deleteAxis(local, axis.id, { reason: "x", version: axis.version }), DomainError);
    await refused(createPhase(local, { number: 9, startYear: 2030, endYear: null, nameAr: "م", nameFr: "P" }), DomainError);
    expect({ axes: await db.axis.count(), audit: await db.auditEntry.count() }).toEqual(before);
    expect(await db.axis.findUniqueOrThrow({ where: { id: axis.id } })).toEqual(axis);
  });

  it("lets a national admin write axes with thresholds in centimes, one audit entry per write, without a prefecture", async () => {
    const programme = await getDb().programme.findFirstOrThrow();
    const { id } = await createAxis(national, axisInput(programme.id));
    await updateAxis(national, id, { ...axisInput(programme.id), maxIndhSharePercent: null, maxIndhContribution: 2n ** 60n, version: 1 });
    const stored = await getDb().axis.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ maxIndhSharePercent: null, maxIndhContributionCentimes: 2n ** 60n, version: 2 });
    const conflict = await refused(updateAxis(national, id, { ...axisInput(programme.id), version: 1 }), VersionConflictError);
    expect(conflict.current.maxIndhContribution).toBe("11529215046068469.76");
    await deleteAxis(national, id, { reason: "essai", version: 2 });
    const entries = await getDb().auditEntry.findMany({ where: { entityType: "Axis", entityId: String(id) }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.action, e.prefectureId])).toEqual([["CREATE", null], ["UPDATE", null], ["DELETE", null]]);
    expect(JSON.parse(entries[1]!.before!)).toMatchObject({ maxIndhSharePercent: 70, maxIndhContributionCentimes: "30000000" });
    expect(JSON.parse(entries[1]!.after!)).toMatchObject({ maxIndhSharePercent: null, maxIndhContributionCentimes: (2n ** 60n).toString() });
  });

  it("refuses deleting a programme that still has axes, and a phase that still has programmes", async () => {
    const programme = await getDb().programme.findFirstOrThrow({ include: { _count: { select: { axes: true } } } });
    const error = await refused(deleteProgramme(national, programme.id, { reason: "x" }), StillReferencedError);
    expect(error.references).toEqual({ axes: programme._count.axes });
    const phaseError = await refused(deletePhase(national, programme.phaseId, { reason: "x" }), StillReferencedError);
    expect(phaseError.references).toHaveProperty("programmes");
  });

  it("checks phase numbers and years, and deletes an empty phase", async () => {
    const { id } = await createPhase(national, { number: 4, startYear: 2026, endYear: null, nameAr: "المرحلة الرابعة", nameFr: "Phase IV" });
    const taken = await refused(updatePhase(national, id, { number: 1, startYear: 2026, endYear: null, nameAr: "م", nameFr: "P" }), DomainError);
    expect(taken.violations).toEqual([{ field: "number", code: "numberTaken" }]);
    const { id: programmeId } = await createProgramme(national, { phaseId: id, number: 1, nameAr: "برنامج", nameFr: "Programme" });
    await deleteProgramme(national, programmeId, { reason: "essai" });
    await deletePhase(national, id, { reason: "essai" });
    const actions = await getDb().auditEntry.findMany({ where: { entityType: { in: ["Phase", "Programme"] } }, orderBy: { id: "asc" }, select: { action: true, entityType: true } });
    expect(actions).toEqual([
      { action: "CREATE", entityType: "Phase" },
      { action: "CREATE", entityType: "Programme" },
      { action: "DELETE", entityType: "Programme" },
      { action: "DELETE", entityType: "Phase" },
    ]);
  });
});
