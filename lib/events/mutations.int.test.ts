import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import { RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { fromAuditJson } from "@/lib/audit/serialize";
import type { SessionUser } from "@/lib/auth/types";
import { seedReference } from "@/prisma/seed/reference";
import { seedArticle } from "@/prisma/seed/article";
import { getPublishedEvent } from "./queries";
import { createEvent, deleteEvent, updateEvent } from "./mutations";
import { toFormValues } from "./form-values";
import { storedEventSelect } from "./stored-event";
import type { EventInput } from "./schema";
import type { StoredEvent } from "./types";

let staff: SessionUser;
let outsider: SessionUser;
let org: Record<string, number>;
let communeId: number;
let otherPrefecture: { organisationId: number; communeId: number };
let seedEventId: number;

async function makeUser(email: string, prefectureId: number): Promise<SessionUser> {
  const u = await getDb().user.create({ data: { email, name: email, role: "STAFF", prefectureId, passwordHash: "x" } });
  return { id: u.id, email: u.email, name: u.name, role: "STAFF", isNational: false, prefectureId };
}

const presentation = (title: string, extra: Partial<EventInput["presentations"][number]> = {}): EventInput["presentations"][number] => ({
  titleAr: `عرض ${title}`,
  titleFr: `Exposé ${title}`,
  presenterRoleAr: "ممثل",
  presenterRoleFr: "Représentant",
  organisationId: null,
  summaryAr: "",
  summaryFr: "",
  reportedPeriodStartYear: null,
  reportedPeriodEndYear: null,
  reportedCooperativesFunded: null,
  reportedUrbanCooperatives: null,
  reportedRuralCooperatives: null,
  reportedTotalEnvelopeCentimes: null,
  reportedIndhContributionCentimes: null,
  ...extra,
});

const input = (slug: string, extra: Partial<EventInput> = {}): EventInput => ({
  slug,
  kind: "WORKSHOP",
  status: "DRAFT",
  titleAr: "ورشة التعاونيات",
  titleFr: "Atelier des coopératives",
  occasionAr: null,
  occasionFr: null,
  startsAt: new Date("2025-03-10T10:00:00Z"),
  venueAr: "دار الشباب",
  venueFr: "Maison des jeunes",
  communeId,
  placeId: null,
  organiserId: org.PREFECTURE!,
  partners: [org.ODCO!, org.ADS!],
  attendance: 40,
  attendanceNoteAr: null,
  attendanceNoteFr: null,
  summaryAr: "ملخص",
  summaryFr: "Résumé",
  bodyAr: "**نص**",
  bodyFr: "**Texte**",
  sourceNameAr: null,
  sourceNameFr: null,
  presentations: [presentation("1", { organisationId: org.ODCO! }), presentation("2", { reportedCooperativesFunded: 12 })],
  ...extra,
});

const stored = (id: number) => getDb().event.findUniqueOrThrow({ where: { id }, select: storedEventSelect }) as Promise<StoredEvent>;
const auditsOf = (id: number) => getDb().auditEntry.findMany({ where: { entityType: "Event", entityId: String(id) }, orderBy: { id: "asc" } });

async function refused(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => { throw new Error("the write was accepted"); }, (e: unknown) => e);
}

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  ({ eventId: seedEventId } = await seedArticle(db, prefectureId));
  const orgs = await db.organisation.findMany({ where: { prefectureId } });
  org = Object.fromEntries(orgs.map((o) => [o.code, o.id]));
  communeId = (await db.commune.findFirstOrThrow({ where: { prefectureId, code: "TANGER" } })).id;
  staff = await makeUser("staff@test.ma", prefectureId);
  const other = await db.prefecture.create({ data: { code: "OTHER", nameAr: "أخرى", nameFr: "Autre", regionId: (await db.region.findFirstOrThrow()).id } });
  outsider = await makeUser("outsider@test.ma", other.id);
  otherPrefecture = {
    organisationId: (await db.organisation.create({ data: { prefectureId: other.id, code: "X", kind: "OTHER", nameAr: "س", nameFr: "X" } })).id,
    communeId: (await db.commune.create({ data: { prefectureId: other.id, code: "X", nameAr: "س", nameFr: "X", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } })).id,
  };
});

describe("createEvent", () => {
  it("writes the event with its partners and two presentations in order, and one audit entry", async () => {
    const { id } = await createEvent(staff, input("workshop-one"));
    const saved = await stored(id);
    expect(saved.partners.map((p) => p.organisationId)).toEqual([org.ODCO, org.ADS]);
    expect(saved.presentations.map((p) => [p.position, p.titleFr, p.organisationId])).toEqual([[1, "Exposé 1", org.ODCO], [2, "Exposé 2", null]]);
    expect(saved.publishedAt).toBeNull();
    const row = await getDb().event.findUniqueOrThrow({ where: { id } });
    expect(row.searchText).toContain("atelier des cooperatives");
    const audits = await auditsOf(id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "CREATE", userEmail: "staff@test.ma", before: null });
    const after = fromAuditJson(audits[0]!.after)!;
    expect(after.partners).toEqual([org.ODCO, org.ADS]);
    expect((after.presentations as { titleFr: string; reportedCooperativesFunded: number | null }[]).map((p) => [p.titleFr, p.reportedCooperativesFunded])).toEqual([["Exposé 1", null], ["Exposé 2", 12]]);
  });

  it("refuses a slug already used", async () => {
    const error = await refused(createEvent(staff, input("cooperatives-day-tanger-2025")));
    expect((error as DomainError).violations).toEqual([{ field: "slug", code: "slugTaken" }]);
  });

  it("does not reveal another prefecture's draft: its slug is saved with a suffix instead of 'already used'", async () => {
    const { id: draftId } = await createEvent(staff, input("secret-visit-2026"));
    const outsiderInput = (slug: string) => input(slug, { organiserId: otherPrefecture.organisationId, communeId: otherPrefecture.communeId, partners: [], presentations: [] });
    const first = await createEvent(outsider, outsiderInput("secret-visit-2026"));
    expect(first.slug).toBe("secret-visit-2026-2");
    expect((await stored(first.id)).slug).toBe("secret-visit-2026-2");
    const second = await createEvent(outsider, outsiderInput("secret-visit-2026"));
    expect(second.slug).toBe("secret-visit-2026-3");
    // Renaming an event onto the draft's slug: the same, and the draft keeps its own.
    const renamed = await updateEvent(outsider, second.id, { ...outsiderInput("secret-visit-2026"), version: 1 });
    expect(renamed.slug).toBe("secret-visit-2026-3");
    expect((await stored(draftId)).slug).toBe("secret-visit-2026");
    // A long slug stays within 120 characters with its suffix.
    await createEvent(staff, input("a".repeat(120)));
    expect((await createEvent(outsider, outsiderInput("a".repeat(120)))).slug).toBe(`${"a".repeat(118)}-2`);
    // Inside the draft's own prefecture the clash is visible anyway: refused next to the field.
    const error = await refused(createEvent(staff, input("secret-visit-2026")));
    expect((error as DomainError).violations).toEqual([{ field: "slug", code: "slugTaken" }]);
  });

  it("refuses another prefecture's organisations and commune, on their fields, and writes nothing", async () => {
    const before = await getDb().event.count();
    const x = otherPrefecture.organisationId;
    const error = await refused(createEvent(staff, input("forged", {
      organiserId: x,
      partners: [org.ODCO!, x],
      communeId: otherPrefecture.communeId,
      presentations: [presentation("1"), { ...presentation("2", { organisationId: x }), formRow: 3 }],
    })));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).violations).toEqual([
      { field: "organiserId", code: "unknownOrganisation" },
      { field: "partners", code: "unknownOrganisation" },
      { field: "presentations.3.organisationId", code: "unknownOrganisation" },
      { field: "communeId", code: "unknownCommune" },
    ]);
    expect(await getDb().event.count()).toBe(before);
  });
});

describe("publishing", () => {
  it("makes the public query return the event, while a draft stays hidden", async () => {
    const { id, slug } = await createEvent(staff, input("draft-then-published"));
    expect(await getPublishedEvent(slug, "fr")).toBeNull();
    const draft = await stored(id);
    await updateEvent(staff, id, { ...input(slug), status: "PUBLISHED", version: draft.version });
    const published = await getPublishedEvent(slug, "fr");
    expect(published?.title).toBe("Atelier des coopératives");
    expect(published?.partners.map((p) => p.acronym)).toEqual(["ODCO", "ADS"]);
    const first = (await stored(id)).publishedAt;
    expect(first).not.toBeNull();
    // Publishing again later keeps the date of the first publication.
    await updateEvent(staff, id, { ...input(slug), status: "PUBLISHED", titleFr: "Atelier", version: 2 });
    expect((await stored(id)).publishedAt).toEqual(first);
  });
});

describe("updateEvent", () => {
  it("replaces partners and presentations and audits one before/after", async () => {
    const { id } = await createEvent(staff, input("to-update"));
    await updateEvent(staff, id, { ...input("to-update-renamed"), partners: [org.ADS!, org.DRJ!], presentations: [presentation("seul")], version: 1 });
    const saved = await stored(id);
    expect(saved.version).toBe(2);
    expect(saved.slug).toBe("to-update-renamed");
    expect(saved.partners.map((p) => p.organisationId)).toEqual([org.ADS, org.DRJ]);
    expect(saved.presentations.map((p) => [p.position, p.titleFr])).toEqual([[1, "Exposé seul"]]);
    const audits = await auditsOf(id);
    expect(audits.map((a) => a.action)).toEqual(["CREATE", "UPDATE"]);
    const before = fromAuditJson(audits[1]!.before)!;
    const after = fromAuditJson(audits[1]!.after)!;
    expect([before.slug, after.slug]).toEqual(["to-update", "to-update-renamed"]);
    expect([before.partners, after.partners]).toEqual([[org.ODCO, org.ADS], [org.ADS, org.DRJ]]);
    expect([(before.presentations as unknown[]).length, (after.presentations as unknown[]).length]).toEqual([2, 1]);
  });

  it("reports a version conflict with the stored values as form strings, and writes nothing", async () => {
    const { id } = await createEvent(staff, input("conflicted"));
    await updateEvent(staff, id, { ...input("conflicted"), titleFr: "Leur titre", version: 1 });
    const error = await refused(updateEvent(staff, id, { ...input("conflicted"), titleFr: "Mon titre", version: 1 }));
    expect(error).toBeInstanceOf(VersionConflictError);
    const conflict = error as VersionConflictError;
    expect(conflict.currentVersion).toBe(2);
    expect(conflict.current).toMatchObject({ titleFr: "Leur titre", startsAtDate: "10/03/2025", startsAtTime: "10:00", "partners.0": String(org.ODCO), "presentations.1.reportedCooperativesFunded": "12" });
    expect((await stored(id)).titleFr).toBe("Leur titre");
    expect(await auditsOf(id)).toHaveLength(2);
  });

  it("treats another prefecture's event as not found", async () => {
    const error = await refused(updateEvent(outsider, seedEventId, { ...input("cooperatives-day-tanger-2025"), version: 1 }));
    expect(error).toBeInstanceOf(RecordNotFoundError);
    expect(await refused(deleteEvent(outsider, seedEventId, { reason: "x", version: 1 }))).toBeInstanceOf(RecordNotFoundError);
  });

  it("saves the seed's contradictory reported figures exactly as they were reported", async () => {
    const seed = await stored(seedEventId);
    const values = toFormValues(seed);
    expect(values["presentations.2.reportedTotalEnvelope"]).toBe("13179091");
    expect(values["presentations.2.reportedIndhContribution"]).toBe("20860515");
    const { presentations, partners } = seed;
    await updateEvent(staff, seedEventId, {
      ...seed,
      kind: "COMMUNICATION_MEETING",
      status: "PUBLISHED",
      titleFr: `${seed.titleFr} (relu)`,
      partners: partners.map((p) => p.organisationId),
      presentations: presentations.map(({ position: _position, ...p }) => p),
      version: seed.version,
    });
    const saved = await stored(seedEventId);
    expect(saved.presentations[2]).toMatchObject({ reportedTotalEnvelopeCentimes: 1_317_909_100n, reportedIndhContributionCentimes: 2_086_051_500n, reportedUrbanCooperatives: 52, reportedRuralCooperatives: 33 });
    expect(saved.partners).toEqual(seed.partners);
    expect((await getPublishedEvent(seed.slug, "ar"))?.presentations[2]?.reported.indhContributionCentimes).toBe(2_086_051_500n);
  });
});

describe("deleteEvent", () => {
  it("deletes the event with its partners and presentations and keeps it in one audit entry", async () => {
    const { id } = await createEvent(staff, input("to-delete"));
    expect(await refused(deleteEvent(staff, id, { reason: "doublon", version: 7 }))).toBeInstanceOf(VersionConflictError);
    await deleteEvent(staff, id, { reason: "doublon", version: 1 });
    expect(await getDb().event.findUnique({ where: { id } })).toBeNull();
    expect(await getDb().presentation.count({ where: { eventId: id } })).toBe(0);
    expect(await getDb().eventPartner.count({ where: { eventId: id } })).toBe(0);
    const audits = await auditsOf(id);
    expect(audits.map((a) => [a.action, a.reason])).toEqual([["CREATE", null], ["DELETE", "doublon"]]);
    expect(fromAuditJson(audits[1]!.before)?.slug).toBe("to-delete");
    expect(audits[1]!.after).toBeNull();
  });
});
