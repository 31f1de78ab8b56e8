import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import { FormRefusedError, RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { setUpGrantFixtures, type GrantFixtures } from "@/lib/grants/test-fixtures";
import { createGrant, deleteGrant, payGrantTranche } from "@/lib/grants/mutations";
import { createConvention, signConvention } from "@/lib/conventions/mutations";
import { processPhoto, type ProcessedPhoto } from "@/lib/photos/process";
import { demoPhotoJpeg } from "@/lib/photos/demo-images";
import { createVisit, deleteVisit, saveBaseline, updateVisit } from "./mutations";
import type { VisitInput } from "./schema";

let f: GrantFixtures;
let photo: ProcessedPhoto;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const violations = (e: unknown) => (e as DomainError).violations.map((v) => `${v.field}:${v.code}`);

const visit = (over: Partial<VisitInput> = {}): VisitInput => ({
  visitedOn: day("2024-07-01"), visitors: "Division de l'action sociale", findings: "Atelier équipé, production lancée.",
  projectState: "ON_TRACK", milestoneId: null, jobs: 12, jobsWomen: 8, jobsYoung: 3, members: 14,
  annualRevenue: 18_000_000n, productionQuantity: 1_500, ...over,
});

/** A grant with a signed convention: one milestone releasing its one tranche. */
async function signedGrant() {
  const { id } = await createGrant(f.staff, f.base);
  const tranche = await getDb().grantTranche.findFirstOrThrow({ where: { grantId: id } });
  await createConvention(f.staff, id, {
    reference: `CONV-2024-${String(id).padStart(3, "0")}`, obligationsAr: "ا", obligationsFr: "O", resultsAr: "ن", resultsFr: "R",
    milestones: [{ labelAr: "مرحلة", labelFr: "Étape", dueOn: day("2024-06-01"), trancheId: tranche.id }],
  });
  await signConvention(f.staff, id, { signedOn: day("2024-05-01"), version: 1 });
  const milestone = await getDb().conventionMilestone.findFirstOrThrow({ where: { convention: { grantId: id } } });
  return { id, milestoneId: milestone.id };
}

beforeAll(async () => {
  f = await setUpGrantFixtures();
  const processed = await processPhoto(await demoPhotoJpeg(1, "visit"));
  if ("refused" in processed) throw new Error(processed.refused);
  photo = processed;
});

describe("visits", () => {
  it("records a visit with indicators and photos; the milestone it finds reached releases the tranche", async () => {
    const g = await signedGrant();
    // Before the visit the tranche cannot be paid: its milestone is not reached.
    await expect(payGrantTranche(f.staff, g.id, { position: 1, paidOn: day("2024-07-02"), version: (await getDb().grant.findUniqueOrThrow({ where: { id: g.id } })).version })).rejects.toBeInstanceOf(DomainError);
    const { id } = await createVisit(f.staff, g.id, visit({ milestoneId: g.milestoneId }), [photo]);
    const stored = await getDb().visit.findUniqueOrThrow({ where: { id }, include: { photos: { include: { variants: { include: { file: true } } } } } });
    expect(stored).toMatchObject({ grantId: g.id, projectState: "ON_TRACK", jobs: 12, jobsWomen: 8, annualRevenueCentimes: 18_000_000n, milestoneId: g.milestoneId, recordedById: f.staff.id });
    // The photo hangs on the visit and its cooperative, private, with WebP variants and no metadata.
    expect(stored.photos).toHaveLength(1);
    expect(stored.photos[0]).toMatchObject({ cooperativeId: f.cooperativeId, isPublic: false });
    const widths = stored.photos[0]!.variants.map((v) => v.width).sort((a, b) => a - b);
    expect(widths).toEqual([480, 960, 1600]);
    const meta = await sharp(Buffer.from(stored.photos[0]!.variants[0]!.file.content)).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.exif).toBeUndefined();
    expect((await getDb().conventionMilestone.findUniqueOrThrow({ where: { id: g.milestoneId } })).reachedOn).toEqual(day("2024-07-01"));
    // Audited twice: the visit, and the convention whose milestone moved.
    const created = await getDb().auditEntry.findMany({ where: { entityType: "Visit", entityId: String(id), action: "CREATE" } });
    expect(created).toHaveLength(1);
    // The history names the milestone as people read it, not by its row id.
    expect(JSON.parse(created[0]!.after!)).toMatchObject({ milestone: "1. مرحلة / Étape", photos: 1 });
    expect(await getDb().auditEntry.count({ where: { entityType: "Convention", action: "UPDATE" } })).toBeGreaterThan(0);
    const version = (await getDb().grant.findUniqueOrThrow({ where: { id: g.id } })).version;
    await payGrantTranche(f.staff, g.id, { position: 1, paidOn: day("2024-07-02"), version });
  });

  it("refuses a milestone of another grant, one already reached, a visit before the signature or in the future; keeps nothing", async () => {
    const g = await signedGrant();
    const other = await signedGrant();
    const before = { visits: await getDb().visit.count(), photos: await getDb().photo.count(), files: await getDb().storedFile.count() };
    const foreign = await createVisit(f.staff, g.id, visit({ milestoneId: other.milestoneId }), [photo]).catch((e: unknown) => e);
    expect(violations(foreign)).toEqual(["milestoneId:visits.unknownMilestone"]);
    const early = await createVisit(f.staff, g.id, visit({ milestoneId: g.milestoneId, visitedOn: day("2024-04-20") }), [photo]).catch((e: unknown) => e);
    expect(violations(early)).toEqual(["visitedOn:convention.dateTooEarly"]);
    const future = await createVisit(f.staff, g.id, visit({ visitedOn: day("2999-01-01") }), [photo]).catch((e: unknown) => e);
    expect(violations(future)).toEqual(["visitedOn:convention.dateInFuture"]);
    await createVisit(f.staff, g.id, visit({ milestoneId: g.milestoneId }), []);
    const twice = await createVisit(f.staff, g.id, visit({ milestoneId: g.milestoneId }), [photo]).catch((e: unknown) => e);
    expect(violations(twice)).toEqual(["milestoneId:convention.alreadyReached"]);
    expect({ visits: await getDb().visit.count(), photos: await getDb().photo.count(), files: await getDb().storedFile.count() }).toEqual({ ...before, visits: before.visits + 1 });
  });

  it("keeps other prefectures out: their grant and their visit are not found, a national user may", async () => {
    await expect(createVisit(f.staff, f.other.grantId, visit(), [])).rejects.toBeInstanceOf(RecordNotFoundError);
    const { id } = await createVisit(f.national, f.other.grantId, visit(), []);
    await expect(updateVisit(f.staff, id, { ...visit(), version: 1 }, [])).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(deleteVisit(f.staff, id, { version: 1, reason: "x" })).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await getDb().visit.count({ where: { id } })).toBe(1);
  });

  it("updates over the version opened, adds photos, keeps a recorded milestone; deleting removes photos and their files", async () => {
    const g = await signedGrant();
    const { id } = await createVisit(f.staff, g.id, visit({ milestoneId: g.milestoneId }), [photo]);
    const changed = await updateVisit(f.staff, id, { ...visit({ milestoneId: g.milestoneId, projectState: "AT_RISK", jobs: 9 }), version: 1 }, [photo]).then(() => getDb().visit.findUniqueOrThrow({ where: { id } }));
    expect(changed).toMatchObject({ projectState: "AT_RISK", jobs: 9, version: 2 });
    expect(await getDb().photo.count({ where: { visitId: id } })).toBe(2);
    const stale = await updateVisit(f.staff, id, { ...visit({ milestoneId: g.milestoneId }), version: 1 }, []).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(VersionConflictError);
    expect((stale as VersionConflictError).current).toMatchObject({ projectState: "AT_RISK", jobs: "9" });
    const dropped = await updateVisit(f.staff, id, { ...visit({ milestoneId: null }), version: 2 }, []).catch((e: unknown) => e);
    expect(violations(dropped)).toEqual(["milestoneId:visits.milestoneKept"]);
    const fileIds = (await getDb().photoVariant.findMany({ where: { photo: { visitId: id } } })).map((v) => v.fileId);
    expect(fileIds).toHaveLength(6);
    await deleteVisit(f.staff, id, { version: 2, reason: "Saisie en double" });
    expect(await getDb().visit.count({ where: { id } })).toBe(0);
    expect(await getDb().storedFile.count({ where: { id: { in: fileIds } } })).toBe(0);
    // The milestone stays reached: the project did reach it.
    expect((await getDb().conventionMilestone.findUniqueOrThrow({ where: { id: g.milestoneId } })).reachedOn).not.toBeNull();
  });

  it("refuses to delete a visited grant", async () => {
    const { id } = await createGrant(f.staff, f.base);
    await createVisit(f.staff, id, visit(), []);
    const error = await deleteGrant(f.staff, id, { version: 1, reason: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormRefusedError);
    expect((error as FormRefusedError).code).toBe("visits.grantHasVisits");
    expect(await getDb().grant.count({ where: { id } })).toBe(1);
  });
});

describe("baselines", () => {
  const baseline = { jobs: 4, jobsWomen: 3, jobsYoung: 1, members: 10, annualRevenue: 5_000_000n, productionQuantity: 800, productionUnitAr: "كلغ في الشهر", productionUnitFr: "kg par mois" };

  it("creates at version 0, then saves over the version opened; a stale form gets the stored values", async () => {
    const { id } = await createGrant(f.staff, f.base);
    await saveBaseline(f.staff, id, { ...baseline, version: 0 });
    expect(await getDb().grantBaseline.findUniqueOrThrow({ where: { grantId: id } })).toMatchObject({ jobs: 4, version: 1, productionUnitFr: "kg par mois" });
    const late = await saveBaseline(f.staff, id, { ...baseline, jobs: 5, version: 0 }).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(VersionConflictError);
    await saveBaseline(f.staff, id, { ...baseline, jobs: 6, version: 1 });
    expect(await getDb().grantBaseline.findUniqueOrThrow({ where: { grantId: id } })).toMatchObject({ jobs: 6, version: 2 });
    expect(await getDb().auditEntry.count({ where: { entityType: "GrantBaseline", entityId: String(id) } })).toBe(2);
    await expect(saveBaseline(f.staff, f.other.grantId, { ...baseline, version: 0 })).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});
