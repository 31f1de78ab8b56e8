import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import { RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { makeUser, setUpGrantFixtures, type GrantFixtures } from "@/lib/grants/test-fixtures";
import { createGrant } from "@/lib/grants/mutations";
import { createVisit } from "@/lib/visits/mutations";
import { addEventPhotos, updatePhotoDetails } from "@/lib/photos/mutations";
import { getPhotoFile, getPublicEventPhotos } from "@/lib/photos/queries";
import { processPhoto, type ProcessedPhoto } from "@/lib/photos/process";
import { demoPhotoJpeg } from "@/lib/photos/demo-images";
import { addEventCooperative, removeEventCooperative, setCooperativePublic } from "./publication";
import { getPublicCooperative, listEventCooperatives, listPublicCooperatives } from "./public-queries";

let f: GrantFixtures;
let photo: ProcessedPhoto;
const texts = { captionAr: "ورشة الكسكس", captionFr: "Atelier de couscous", altAr: "نساء يفتلن الكسكس", altFr: "Des femmes roulent le couscous" };
const cooperativeVersion = async (id: number) => (await getDb().cooperative.findUniqueOrThrow({ where: { id } })).version;

async function makeEvent(status: "DRAFT" | "PUBLISHED", slug: string) {
  const db = getDb();
  const prefectureId = f.staff.prefectureId;
  const organiser = await db.organisation.findFirstOrThrow({ where: { prefectureId } });
  return db.event.create({
    data: {
      prefectureId, slug, kind: "FAIR", titleAr: "معرض", titleFr: "Salon", startsAt: new Date("2025-07-05T10:00:00Z"), venueAr: "طنجة", venueFr: "Tanger",
      organiserId: organiser.id, summaryAr: "ملخص", summaryFr: "Résumé", bodyAr: "نص", bodyFr: "Texte", status, publishedAt: status === "PUBLISHED" ? new Date() : null,
    },
  });
}

beforeAll(async () => {
  f = await setUpGrantFixtures();
  const processed = await processPhoto(await demoPhotoJpeg(7, "coop"));
  if ("refused" in processed) throw new Error(processed.refused);
  photo = processed;
});

describe("a cooperative's public page", () => {
  it("exists only once marked public; shows its funded projects and public photos, never a private one", async () => {
    const { id: grantId } = await createGrant(f.staff, f.base);
    const { id: visitId } = await createVisit(f.staff, grantId, {
      visitedOn: new Date("2024-07-01T00:00:00Z"), visitors: "DAS", findings: "OK", projectState: "ON_TRACK", milestoneId: null,
      jobs: null, jobsWomen: null, jobsYoung: null, members: null, annualRevenue: null, productionQuantity: null,
    }, [photo, photo]);
    const [described, bare] = await getDb().photo.findMany({ where: { visitId }, orderBy: { id: "asc" } });
    expect(await getPublicCooperative(f.cooperativeId, "fr")).toBeNull();
    await setCooperativePublic(f.staff, f.cooperativeId, { isPublic: true, version: await cooperativeVersion(f.cooperativeId) });
    // Public with all four texts; the other is "public" without an alternative text: the form refuses
    // that, and even written directly it is not shown.
    await updatePhotoDetails(f.staff, { visitId }, described!.id, { ...texts, isPublic: true, version: 1 });
    await getDb().photo.update({ where: { id: bare!.id }, data: { isPublic: true, captionAr: "x", captionFr: "x" } });
    const page = await getPublicCooperative(f.cooperativeId, "ar");
    expect(page).toMatchObject({ name: "تعاونية", zone: "URBAN" });
    expect(page!.grants.map((g) => g.id)).toContain(grantId);
    expect(page!.photos.map((p) => [p.id, p.caption, p.alt])).toEqual([[described!.id, texts.captionAr, texts.altAr]]);
    expect((await listPublicCooperatives("fr")).map((c) => c.id)).toContain(f.cooperativeId);
    // Files: the public photo to anyone, the private one only to the staff of the prefecture.
    expect(await getPhotoFile(null, described!.id, 960)).toMatchObject({ isPublic: true });
    expect(await getPhotoFile(null, bare!.id, 960)).toBeNull();
    const elsewhere = await makeUser("reader@elsewhere.test", (await getDb().prefecture.findFirstOrThrow({ where: { code: "ELSEWHERE" } })).id);
    expect(await getPhotoFile(elsewhere, bare!.id, 960)).toBeNull();
    expect(await getPhotoFile(f.staff, bare!.id, 960)).toMatchObject({ isPublic: false });
    // Withdrawn: the page and the photo go with it.
    await setCooperativePublic(f.staff, f.cooperativeId, { isPublic: false, version: await cooperativeVersion(f.cooperativeId) });
    expect(await getPublicCooperative(f.cooperativeId, "ar")).toBeNull();
    expect(await getPhotoFile(null, described!.id, 960)).toBeNull();
  });

  it("refuses a stale switch and another prefecture's cooperative", async () => {
    const version = await cooperativeVersion(f.cooperativeId);
    await expect(setCooperativePublic(f.staff, f.cooperativeId, { isPublic: true, version: version - 1 })).rejects.toBeInstanceOf(VersionConflictError);
    await expect(setCooperativePublic(f.staff, f.other.cooperativeId, { isPublic: true, version: 1 })).rejects.toBeInstanceOf(RecordNotFoundError);
    expect((await getDb().cooperative.findUniqueOrThrow({ where: { id: f.other.cooperativeId } })).isPublic).toBe(false);
  });
});

describe("an event's gallery and presented cooperatives", () => {
  it("shows described public photos only while the event is published", async () => {
    const event = await makeEvent("DRAFT", "salon-2025");
    const { ids } = await addEventPhotos(f.staff, event.id, [photo]);
    await updatePhotoDetails(f.staff, { eventId: event.id }, ids[0]!, { ...texts, isPublic: true, version: 1 });
    expect(await getPublicEventPhotos(event.id, "fr")).toEqual([]);
    expect(await getPhotoFile(null, ids[0]!, 480)).toBeNull();
    await getDb().event.update({ where: { id: event.id }, data: { status: "PUBLISHED" } });
    const shown = await getPublicEventPhotos(event.id, "fr");
    expect(shown.map((p) => [p.caption, p.widths])).toEqual([[texts.captionFr, [480, 960, 1600]]]);
    // A photo of this event cannot be reached through another page's bound id.
    await expect(updatePhotoDetails(f.staff, { visitId: 1 }, ids[0]!, { ...texts, isPublic: false, version: 2 })).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it("lists cooperatives by register number, once, from the event's prefecture only", async () => {
    const event = await makeEvent("PUBLISHED", "journee-cooperatives");
    await addEventCooperative(f.staff, event.id, { registerNumber: "W-1" });
    const twice = await addEventCooperative(f.staff, event.id, { registerNumber: "W-1" }).catch((e: unknown) => e);
    expect((twice as DomainError).violations).toEqual([{ field: "registerNumber", code: "eventCooperatives.alreadyListed" }]);
    const unknown = await addEventCooperative(f.staff, event.id, { registerNumber: "NOPE-9" }).catch((e: unknown) => e);
    expect((unknown as DomainError).violations[0]!.code).toBe("eventCooperatives.unknownRegisterNumber");
    expect((await listEventCooperatives(event.id, "fr", { publicOnly: false })).map((c) => c.id)).toEqual([f.cooperativeId]);
    await setCooperativePublic(f.staff, f.cooperativeId, { isPublic: true, version: await cooperativeVersion(f.cooperativeId) });
    expect((await getPublicCooperative(f.cooperativeId, "fr"))!.events.map((e) => e.slug)).toEqual(["journee-cooperatives"]);
    await removeEventCooperative(f.staff, event.id, f.cooperativeId);
    expect(await listEventCooperatives(event.id, "fr", { publicOnly: false })).toEqual([]);
    await expect(removeEventCooperative(f.staff, event.id, f.cooperativeId)).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});
