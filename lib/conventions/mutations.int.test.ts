import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import { FormRefusedError, RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { makeUser, setUpGrantFixtures, type GrantFixtures } from "@/lib/grants/test-fixtures";
import { createGrant, deleteGrant, payGrantTranche, updateGrant } from "@/lib/grants/mutations";
import { createConvention, recordMilestoneReached, signConvention, updateConvention } from "./mutations";
import type { ConventionInput } from "./schema";

let f: GrantFixtures;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function twoTrancheGrant() {
  const { id } = await createGrant(f.staff, {
    ...f.base,
    tranches: [
      { plannedOn: day("2024-04-01"), amountCentimes: 20_000_000n, paidOn: null },
      { plannedOn: day("2024-09-01"), amountCentimes: 10_000_000n, paidOn: null },
    ],
  });
  const tranches = await getDb().grantTranche.findMany({ where: { grantId: id }, orderBy: { position: "asc" } });
  return { id, trancheIds: tranches.map((t) => t.id) };
}

const input = (reference: string, trancheIds: (number | null)[]): ConventionInput => ({
  reference, obligationsAr: "التزامات", obligationsFr: "Obligations", resultsAr: "نتائج", resultsFr: "Résultats",
  milestones: trancheIds.map((trancheId, i) => ({ labelAr: `مرحلة ${i + 1}`, labelFr: `Étape ${i + 1}`, dueOn: day("2024-06-01"), trancheId })),
});

const versionOf = async (grantId: number) => (await getDb().convention.findUniqueOrThrow({ where: { grantId } })).version;
const grantVersion = async (id: number) => (await getDb().grant.findUniqueOrThrow({ where: { id } })).version;
const violations = (e: unknown) => (e as DomainError).violations.map((v) => `${v.field}:${v.code}`);

beforeAll(async () => {
  f = await setUpGrantFixtures();
});

describe("conventions", () => {
  it("creates a convention from a grant, with milestones releasing its tranches, audited", async () => {
    const g = await twoTrancheGrant();
    const { id } = await createConvention(f.staff, g.id, input("CONV-2024-001", g.trancheIds));
    const stored = await getDb().convention.findUniqueOrThrow({ where: { id }, include: { milestones: { orderBy: { position: "asc" } } } });
    expect(stored).toMatchObject({ grantId: g.id, reference: "CONV-2024-001", signedOn: null, version: 1 });
    expect(stored.milestones.map((m) => m.trancheId)).toEqual(g.trancheIds);
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { entityType: "Convention", entityId: String(id) } });
    expect(audit.action).toBe("CREATE");
    // One convention per grant.
    await expect(createConvention(f.staff, g.id, input("CONV-2024-099", []))).rejects.toBeInstanceOf(FormRefusedError);
  });

  it("refuses a tranche released twice, another grant's tranche and a reference already used", async () => {
    const g = await twoTrancheGrant();
    const other = await twoTrancheGrant();
    const error = await createConvention(f.staff, g.id, input("CONV-2024-001", [g.trancheIds[0]!, g.trancheIds[0]!, other.trancheIds[1]!])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(violations(error)).toEqual(["milestones.1.trancheId:convention.trancheTwice", "milestones.2.trancheId:convention.unknownTranche", "reference:convention.referenceTaken"]);
    expect(await getDb().convention.count({ where: { grantId: g.id } })).toBe(0);
  });

  it("is editable until signed (version-checked), then locked but for milestones reached", async () => {
    const g = await twoTrancheGrant();
    await createConvention(f.staff, g.id, input("CONV-2024-010", g.trancheIds));
    await updateConvention(f.staff, g.id, { ...input("CONV-2024-010", [g.trancheIds[1]!, g.trancheIds[0]!]), obligationsFr: "Nouvelles", version: 1 });
    await expect(updateConvention(f.staff, g.id, { ...input("CONV-2024-010", g.trancheIds), version: 1 })).rejects.toBeInstanceOf(VersionConflictError);
    // Not in the future, not before the grant's decision (2024-03-15).
    const early = await signConvention(f.staff, g.id, { signedOn: day("2024-03-14"), version: 2 }).catch((e: unknown) => e);
    expect(violations(early)).toEqual(["signedOn:convention.dateTooEarly"]);
    const future = await signConvention(f.staff, g.id, { signedOn: day("2099-01-01"), version: 2 }).catch((e: unknown) => e);
    expect(violations(future)).toEqual(["signedOn:convention.dateInFuture"]);
    await signConvention(f.staff, g.id, { signedOn: day("2024-04-10"), version: 2 });
    expect(await versionOf(g.id)).toBe(3);
    const locked = await updateConvention(f.staff, g.id, { ...input("CONV-2024-010", g.trancheIds), version: 3 }).catch((e: unknown) => e);
    expect((locked as FormRefusedError).code).toBe("convention.signedLocked");
    await expect(signConvention(f.staff, g.id, { signedOn: day("2024-04-10"), version: 3 })).rejects.toBeInstanceOf(FormRefusedError);
    const audits = await getDb().auditEntry.count({ where: { entityType: "Convention" } });
    expect(audits).toBeGreaterThanOrEqual(3);
  });

  it("refuses to sign while a tranche has no milestone releasing it", async () => {
    const g = await twoTrancheGrant();
    await createConvention(f.staff, g.id, input("CONV-2024-020", [g.trancheIds[0]!]));
    const error = await signConvention(f.staff, g.id, { signedOn: day("2024-04-10"), version: 1 }).catch((e: unknown) => e);
    expect((error as FormRefusedError).code).toBe("convention.trancheWithoutMilestone");
  });

  it("pays a tranche only once its milestone is reached, after the signature", async () => {
    const g = await twoTrancheGrant();
    await createConvention(f.staff, g.id, input("CONV-2024-030", g.trancheIds));
    const milestones = await getDb().conventionMilestone.findMany({ where: { convention: { grantId: g.id } }, orderBy: { position: "asc" } });
    // Before signing no milestone can be reached.
    const unsigned = await recordMilestoneReached(f.staff, g.id, { milestoneId: milestones[0]!.id, reachedOn: day("2024-05-01"), version: 1 }).catch((e: unknown) => e);
    expect((unsigned as FormRefusedError).code).toBe("convention.notSigned");
    await signConvention(f.staff, g.id, { signedOn: day("2024-04-10"), version: 1 });

    const refused = await payGrantTranche(f.staff, g.id, { position: 1, paidOn: day("2024-05-02"), version: await grantVersion(g.id) }).catch((e: unknown) => e);
    expect(violations(refused)).toEqual(["paidOn:convention.milestoneNotReached"]);
    expect((await getDb().grantTranche.findUniqueOrThrow({ where: { id: g.trancheIds[0]! } })).paidOn).toBeNull();

    const tooEarly = await recordMilestoneReached(f.staff, g.id, { milestoneId: milestones[0]!.id, reachedOn: day("2024-04-09"), version: 2 }).catch((e: unknown) => e);
    expect(violations(tooEarly)).toEqual(["reachedOn:convention.dateTooEarly"]);
    await recordMilestoneReached(f.staff, g.id, { milestoneId: milestones[0]!.id, reachedOn: day("2024-05-01"), version: 2 });
    // Another grant's milestone id is not found through this grant.
    await expect(recordMilestoneReached(f.staff, g.id, { milestoneId: 999_999, reachedOn: day("2024-05-01"), version: 3 })).rejects.toBeInstanceOf(RecordNotFoundError);

    const beforeMilestone = await payGrantTranche(f.staff, g.id, { position: 1, paidOn: day("2024-04-30"), version: await grantVersion(g.id) }).catch((e: unknown) => e);
    expect(violations(beforeMilestone)).toEqual(["paidOn:convention.dateTooEarly"]);
    await payGrantTranche(f.staff, g.id, { position: 1, paidOn: day("2024-05-02"), version: await grantVersion(g.id) });
    const grant = await getDb().grant.findUniqueOrThrow({ where: { id: g.id }, include: { tranches: { orderBy: { position: "asc" } } } });
    expect(grant.tranches[0]!.paidOn).toEqual(day("2024-05-02"));
    expect(grant.tranchesPaidCentimes).toBe(20_000_000n);
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { entityType: "Grant", entityId: String(g.id) }, orderBy: { id: "desc" } });
    expect(audit.action).toBe("UPDATE");
    // Tranche 2's milestone is not reached: paying it through the grant form is refused next to it too.
    const form = await updateGrant(f.staff, g.id, {
      ...f.base, version: grant.version,
      tranches: [
        { plannedOn: day("2024-04-01"), amountCentimes: 20_000_000n, paidOn: day("2024-05-02") },
        { plannedOn: day("2024-09-01"), amountCentimes: 10_000_000n, paidOn: day("2024-09-05") },
      ],
    }).catch((e: unknown) => e);
    expect(violations(form)).toEqual(["tranches.1.paidOn:convention.milestoneNotReached"]);
  });

  it("updateGrant keeps the tranches' ids (milestones point at them) and refuses dropping a released tranche", async () => {
    const g = await twoTrancheGrant();
    await createConvention(f.staff, g.id, input("CONV-2024-040", g.trancheIds));
    await updateGrant(f.staff, g.id, {
      ...f.base, version: 1, titleFr: "Renommé",
      tranches: [
        { plannedOn: day("2024-04-15"), amountCentimes: 15_000_000n, paidOn: null },
        { plannedOn: day("2024-09-15"), amountCentimes: 15_000_000n, paidOn: null },
      ],
    });
    const tranches = await getDb().grantTranche.findMany({ where: { grantId: g.id }, orderBy: { position: "asc" } });
    expect(tranches.map((t) => t.id)).toEqual(g.trancheIds);
    expect(tranches.map((t) => t.amountCentimes)).toEqual([15_000_000n, 15_000_000n]);
    const dropped = await updateGrant(f.staff, g.id, {
      ...f.base, version: 2, tranches: [{ plannedOn: day("2024-04-15"), amountCentimes: 15_000_000n, paidOn: null }],
    }).catch((e: unknown) => e);
    expect(violations(dropped)).toEqual(["tranches:convention.trancheInMilestone"]);
  });

  it("once signed, the grant form keeps the amounts and tranches the convention states; other fields still change", async () => {
    const g = await twoTrancheGrant();
    await createConvention(f.staff, g.id, input("CONV-2024-045", g.trancheIds));
    await signConvention(f.staff, g.id, { signedOn: day("2024-04-10"), version: 1 });
    const signedTranches = [
      { plannedOn: day("2024-04-01"), amountCentimes: 20_000_000n, paidOn: null },
      { plannedOn: day("2024-09-01"), amountCentimes: 10_000_000n, paidOn: null },
    ];
    const changed = await updateGrant(f.staff, g.id, {
      ...f.base, version: 1, totalCostCentimes: 60_000_000n, beneficiaryContributionCentimes: 25_000_000n,
      tranches: [{ ...signedTranches[0]!, amountCentimes: 15_000_000n }, { ...signedTranches[1]!, plannedOn: day("2024-10-01") }],
    }).catch((e: unknown) => e);
    expect(violations(changed)).toEqual([
      "totalCost:convention.signedAmountsLocked", "beneficiaryContribution:convention.signedAmountsLocked",
      "tranches.0.amount:convention.signedAmountsLocked", "tranches.1.plannedOn:convention.signedAmountsLocked",
    ]);
    const added = await updateGrant(f.staff, g.id, { ...f.base, version: 1, tranches: [signedTranches[0]!, { ...signedTranches[1]!, amountCentimes: 5_000_000n }, { plannedOn: day("2025-01-01"), amountCentimes: 5_000_000n, paidOn: null }] }).catch((e: unknown) => e);
    expect(violations(added)).toContain("tranches:convention.signedAmountsLocked");
    expect(await grantVersion(g.id)).toBe(1);
    await updateGrant(f.staff, g.id, { ...f.base, version: 1, titleFr: "Titre corrigé", tranches: signedTranches });
    expect((await getDb().grant.findUniqueOrThrow({ where: { id: g.id } })).titleFr).toBe("Titre corrigé");
  });

  it("refuses deleting a grant that has a convention", async () => {
    const g = await twoTrancheGrant();
    await createConvention(f.staff, g.id, input("CONV-2024-050", g.trancheIds));
    const error = await deleteGrant(f.staff, g.id, { reason: "test", version: 1 }).catch((e: unknown) => e);
    expect((error as FormRefusedError).code).toBe("convention.grantHasConvention");
    expect(await getDb().grant.count({ where: { id: g.id } })).toBe(1);
  });

  it("keeps other prefectures' grants out of reach; a national user may prepare them", async () => {
    await expect(createConvention(f.staff, f.other.grantId, input("CONV-2024-060", []))).rejects.toBeInstanceOf(RecordNotFoundError);
    const national = f.national;
    const tranche = await getDb().grantTranche.findFirstOrThrow({ where: { grantId: f.other.grantId } });
    await createConvention(national, f.other.grantId, input("CONV-2024-001", [tranche.id]));
    const stored = await getDb().convention.findUniqueOrThrow({ where: { grantId: f.other.grantId } });
    // The convention belongs to the grant's prefecture; the same reference is free there.
    expect(stored.prefectureId).not.toBe(f.staff.prefectureId);
    const outsider = await makeUser("outsider@conv.test", f.staff.prefectureId);
    await expect(signConvention(outsider, f.other.grantId, { signedOn: day("2024-04-10"), version: 1 })).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it("pays freely a tranche of a grant without a convention", async () => {
    const g = await twoTrancheGrant();
    await payGrantTranche(f.staff, g.id, { position: 2, paidOn: day("2024-09-02"), version: 1 });
    await expect(payGrantTranche(f.staff, g.id, { position: 2, paidOn: day("2024-09-02"), version: 2 })).rejects.toBeInstanceOf(FormRefusedError);
    await expect(payGrantTranche(f.staff, g.id, { position: 3, paidOn: day("2024-09-02"), version: 2 })).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});
