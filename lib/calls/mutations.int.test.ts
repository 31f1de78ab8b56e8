import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import { FormRefusedError, RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { fromAuditJson } from "@/lib/audit/serialize";
import type { SessionUser } from "@/lib/auth/types";
import { createTestUser } from "@/lib/testing/test-user";
import { seedReference } from "@/prisma/seed/reference";
import { createApplicationFixture, createCallFixture } from "@/lib/funding/test-fixtures";
import { cancelCall, createCall, publishCall, setCallResultsPublic, updateCall } from "./mutations";
import { getAdminCall, listAdminCalls } from "./admin-queries";
import { getPublishedCall, listOpenCalls, listPastCalls } from "./queries";
import type { CallInput } from "./schema";

let staff: SessionUser;
let outsider: SessionUser;
let national: SessionUser;
let prefectureId: number;
let programmeId: number;
let axisId: number;
let otherProgrammeAxisId: number;

const day = 24 * 3600 * 1000;
const input = (reference: string, extra: Partial<CallInput> = {}): CallInput => ({
  reference, titleAr: "طلب مشاريع التعاونيات", titleFr: "Appel à projets des coopératives", textAr: "نص", textFr: "Texte",
  programmeId, axes: [axisId], opensAt: new Date(Date.now() - day), closesAt: new Date(Date.now() + 10 * day),
  envelopeCentimes: 500_000_000n,
  documents: [{ labelAr: "طلب", labelFr: "Lettre" }, { labelAr: "بطاقة", labelFr: "Fiche" }],
  criteria: [{ labelAr: "الحاجة", labelFr: "Besoin", weight: 70 }, { labelAr: "الأثر", labelFr: "Impact", weight: 30 }],
  ...extra,
});
const auditsOf = (id: number) => getDb().auditEntry.findMany({ where: { entityType: "CallForProjects", entityId: String(id) }, orderBy: { id: "asc" } });
const refused = (promise: Promise<unknown>) => promise.then(() => { throw new Error("the write was accepted"); }, (e: unknown) => e);

beforeAll(async () => {
  const db = getDb();
  ({ prefectureId } = await seedReference(db));
  const axis = await db.axis.findFirstOrThrow({ where: { code: "SOCIAL-SOLIDARITY-ECONOMY" } });
  ({ programmeId } = axis);
  axisId = axis.id;
  otherProgrammeAxisId = (await db.axis.findFirstOrThrow({ where: { programmeId: { not: programmeId } } })).id;
  staff = (await createTestUser(db, { role: "STAFF", prefectureId })).user;
  national = (await createTestUser(db, { role: "ADMIN", prefectureId, isNational: true })).user;
  const other = await db.prefecture.create({ data: { code: "OTHER-CALLS", nameAr: "أخرى", nameFr: "Autre", regionId: (await db.region.findFirstOrThrow()).id } });
  outsider = (await createTestUser(db, { role: "STAFF", prefectureId: other.id })).user;
});

describe("createCall", () => {
  it("writes a draft with its axes, documents and grid in order, a slug from the French title and year, and one audit entry", async () => {
    const { id, slug } = await createCall(staff, input("AAP-1"));
    expect(slug).toBe(`appel-a-projets-des-cooperatives-${new Date(Date.now() - day).getUTCFullYear()}`);
    const call = await getDb().callForProjects.findUniqueOrThrow({ where: { id }, include: { axes: true, requiredDocuments: { orderBy: { position: "asc" } }, criteria: { orderBy: { position: "asc" } } } });
    expect(call).toMatchObject({ status: "DRAFT", prefectureId, envelopeCentimes: 500_000_000n, version: 1 });
    expect(call.axes.map((a) => a.axisId)).toEqual([axisId]);
    expect(call.requiredDocuments.map((d) => [d.position, d.labelFr])).toEqual([[1, "Lettre"], [2, "Fiche"]]);
    expect(call.criteria.map((c) => [c.position, c.weight])).toEqual([[1, 70], [2, 30]]);
    const audits = await auditsOf(id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "CREATE", prefectureId });
    expect(fromAuditJson(audits[0]!.after)).toMatchObject({ reference: "AAP-1", axes: "SOCIAL-SOLIDARITY-ECONOMY" });
  });

  it("gives a second call of the same title its own slug", async () => {
    const first = await createCall(staff, input("AAP-SLUG-1", { titleFr: "Appel unique" }));
    const second = await createCall(staff, input("AAP-SLUG-2", { titleFr: "Appel unique" }));
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it("refuses a reference already used in the prefecture, and an axis of another programme; nothing written", async () => {
    await createCall(staff, input("AAP-DUP"));
    const count = await getDb().callForProjects.count();
    const error = await refused(createCall(staff, input("AAP-DUP", { axes: [otherProgrammeAxisId] })));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).violations.map((v) => `${v.field}:${v.code}`).sort()).toEqual(["axes:axisNotInProgramme", "reference:calls.referenceTaken"]);
    expect(await getDb().callForProjects.count()).toBe(count);
  });

  it("lets another prefecture use the same reference", async () => {
    await createCall(staff, input("AAP-SHARED"));
    await expect(createCall(outsider, input("AAP-SHARED"))).resolves.toMatchObject({ id: expect.any(Number) });
  });

  it("asks a national user to name the prefecture", async () => {
    const error = await refused(createCall(national, input("AAP-NAT")));
    expect((error as DomainError).violations).toEqual([{ field: "prefectureId", code: "required" }]);
    const { id } = await createCall(national, { ...input("AAP-NAT"), prefectureId });
    expect((await getDb().callForProjects.findUniqueOrThrow({ where: { id } })).prefectureId).toBe(prefectureId);
  });
});

describe("updateCall, publishCall, cancelCall", () => {
  it("saves over the version it was opened at only, and reports the newer one", async () => {
    const { id } = await createCall(staff, input("AAP-V"));
    await updateCall(staff, id, { ...input("AAP-V", { titleFr: "Nouveau titre" }), version: 1 });
    const error = await refused(updateCall(staff, id, { ...input("AAP-V", { titleFr: "Mon titre" }), version: 1 }));
    expect(error).toBeInstanceOf(VersionConflictError);
    expect((error as VersionConflictError).currentVersion).toBe(2);
    expect((error as VersionConflictError).current.titleFr).toBe("Nouveau titre");
    const audits = await auditsOf(id);
    expect(audits.map((a) => a.action)).toEqual(["CREATE", "UPDATE"]);
    expect(fromAuditJson(audits[1]!.before)).toMatchObject({ titleFr: "Appel à projets des coopératives" });
  });

  it("keeps the slug when the title changes (shared links keep working)", async () => {
    const { id, slug } = await createCall(staff, input("AAP-KEEP"));
    const result = await updateCall(staff, id, { ...input("AAP-KEEP", { titleFr: "Tout autre titre" }), version: 1 });
    expect(result.slug).toBe(slug);
  });

  it("answers 'not found' for another prefecture's call, to reads and writes alike", async () => {
    const { id } = await createCall(staff, input("AAP-SCOPE"));
    expect(await getAdminCall(outsider, id, "fr")).toBeNull();
    expect((await listAdminCalls(outsider, {}, "fr")).some((c) => c.id === id)).toBe(false);
    expect(await refused(updateCall(outsider, id, { ...input("AAP-SCOPE"), version: 1 }))).toBeInstanceOf(RecordNotFoundError);
    expect(await refused(publishCall(outsider, id, { version: 1 }))).toBeInstanceOf(RecordNotFoundError);
    expect(await refused(cancelCall(outsider, id, { version: 1, reason: "x" }))).toBeInstanceOf(RecordNotFoundError);
    expect(await getAdminCall(national, id, "fr")).not.toBeNull();
    expect((await getDb().callForProjects.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("publishes a draft once; then the announced fields are locked but texts and closing date stay editable", async () => {
    const { id, slug } = await createCall(staff, input("AAP-PUB"));
    expect(await getPublishedCall(slug, "fr")).toBeNull();
    await publishCall(staff, id, { version: 1 });
    expect(await refused(publishCall(staff, id, { version: 2 }))).toBeInstanceOf(FormRefusedError);
    const published = await getPublishedCall(slug, "ar");
    expect(published).toMatchObject({ title: "طلب مشاريع التعاونيات", documents: ["طلب", "بطاقة"], criteria: [{ label: "الحاجة", weight: 70 }, { label: "الأثر", weight: 30 }] });
    const closesAt = new Date(Date.now() + 20 * day);
    await updateCall(staff, id, { ...input("AAP-PUB", { textFr: "Texte revu", closesAt }), opensAt: (await getDb().callForProjects.findUniqueOrThrow({ where: { id } })).opensAt, version: 2 });
    const stored = await getDb().callForProjects.findUniqueOrThrow({ where: { id } });
    expect(stored.textFr).toBe("Texte revu");
    expect(stored.closesAt.getTime()).toBe(closesAt.getTime());
    const error = await refused(updateCall(staff, id, { ...input("AAP-PUB-2", { envelopeCentimes: 1n, opensAt: stored.opensAt }), version: 3 }));
    expect((error as DomainError).violations.map((v) => v.field).sort()).toEqual(["envelope", "reference"]);
  });

  it("locks axes, documents and grid once an application exists", async () => {
    const { id } = await createCall(staff, input("AAP-LOCK"));
    await publishCall(staff, id, { version: 1 });
    const row = await getDb().callForProjects.findUniqueOrThrow({ where: { id }, include: { axes: true, requiredDocuments: true } });
    await createApplicationFixture({ id, slug: row.slug, prefectureId, axisId, documentIds: row.requiredDocuments.map((d) => d.id), criterionIds: [] });
    const listed = (await listAdminCalls(staff, {}, "fr")).filter((c) => c.id === id || c.applications > 0);
    expect(listed.map((c) => [c.id, c.applications])).toEqual([[id, 1]]); // counted for its own call only
    const same = { ...input("AAP-LOCK"), opensAt: row.opensAt, version: 2 };
    const error = await refused(updateCall(staff, id, { ...same, criteria: [{ labelAr: "الحاجة", labelFr: "Besoin", weight: 100 }], documents: [{ labelAr: "طلب", labelFr: "Lettre" }] }));
    expect((error as DomainError).violations).toEqual([
      { field: "documents", code: "calls.lockedByApplications" },
      { field: "criteria", code: "calls.lockedByApplications" },
    ]);
    // Unchanged lists: the texts are saved and the documents the application points to stay.
    await updateCall(staff, id, { ...same, titleFr: "Titre corrigé" });
    expect((await getDb().callRequiredDocument.findMany({ where: { callId: id } })).map((d) => d.id)).toEqual(row.requiredDocuments.map((d) => d.id));
  });

  it("cancels with a reason in the trail; a cancelled call is gone from public pages and not editable", async () => {
    const { id, slug } = await createCall(staff, input("AAP-CANCEL"));
    await publishCall(staff, id, { version: 1 });
    await cancelCall(staff, id, { version: 2, reason: "Budget réaffecté" });
    expect(await getPublishedCall(slug, "fr")).toBeNull();
    expect((await auditsOf(id)).at(-1)).toMatchObject({ action: "UPDATE", reason: "Budget réaffecté" });
    const stored = await getDb().callForProjects.findUniqueOrThrow({ where: { id } });
    expect(await refused(updateCall(staff, id, { ...input("AAP-CANCEL"), opensAt: stored.opensAt, version: 3 }))).toBeInstanceOf(FormRefusedError);
    expect(await refused(setCallResultsPublic(staff, id, { version: 3, resultsPublic: true }))).toBeInstanceOf(FormRefusedError);
  });
});

describe("public lists", () => {
  it("lists open calls (opensAt ≤ now < closesAt) apart from past ones, drafts in neither", async () => {
    const db = getDb();
    const open = await createCallFixture(prefectureId, { closesInDays: 5 });
    const past = await createCallFixture(prefectureId, { closesInDays: -0.5 });
    const draft = await createCallFixture(prefectureId, { status: "DRAFT" });
    const now = new Date();
    const openSlugs = (await listOpenCalls("fr", now)).map((c) => c.slug);
    const pastSlugs = (await listPastCalls("fr", now)).map((c) => c.slug);
    expect(openSlugs).toContain(open.slug);
    expect(openSlugs).not.toContain(past.slug);
    expect(openSlugs).not.toContain(draft.slug);
    expect(pastSlugs).toContain(past.slug);
    expect(pastSlugs).not.toContain(open.slug);
    // The closing instant itself is already closed; the opening instant is already open.
    const { opensAt, closesAt } = await db.callForProjects.findUniqueOrThrow({ where: { id: open.id } });
    expect((await listOpenCalls("fr", closesAt)).map((c) => c.slug)).not.toContain(open.slug);
    expect((await listOpenCalls("fr", opensAt)).map((c) => c.slug)).toContain(open.slug);
  });
});
