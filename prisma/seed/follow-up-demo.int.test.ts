// The follow-up's demonstration data: baselines, visits (some at risk or stalled, some old), public pages
// of three cooperatives, a demonstration event with a gallery; photos without metadata; all removed with
// the rest of the demonstration data, files included.
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getPublicCooperative } from "@/lib/cooperatives/public-queries";
import { getPublicEventPhotos } from "@/lib/photos/queries";
import { seedReference } from "./reference";
import { seedDemo, removeDemo } from "./demo";
import { seedFundingDemo } from "./funding-demo";
import { DEMO_EVENT_SLUG, seedFollowUpDemo } from "./follow-up-demo";

const db = getDb();
const NOW = Date.UTC(2026, 11, 5, 8, 0, 0);
let prefectureId = 0;

beforeAll(async () => {
  ({ prefectureId } = await seedReference(db));
  await seedDemo(db, prefectureId);
  await seedFundingDemo(db, prefectureId, NOW);
});

describe("seedFollowUpDemo / removeDemo", () => {
  it("gives every follow-up screen something to show", async () => {
    const counts = await seedFollowUpDemo(db, prefectureId, NOW);
    expect(counts.baselines).toBe(30);
    expect(counts.visits).toBeGreaterThanOrEqual(24);
    expect(counts.photos).toBe(6);
    expect(await db.visit.count({ where: { projectState: { in: ["AT_RISK", "STALLED"] } } })).toBeGreaterThan(0);
    // No visit before its grant's decision or in the future.
    const visits = await db.visit.findMany({ select: { visitedOn: true, grant: { select: { approvedOn: true } } } });
    for (const v of visits) {
      expect(v.visitedOn.getTime()).toBeGreaterThanOrEqual(v.grant.approvedOn.getTime());
      expect(v.visitedOn.getTime()).toBeLessThanOrEqual(NOW);
    }
    const publicCooperatives = await db.cooperative.findMany({ where: { isPublic: true }, select: { id: true } });
    expect(publicCooperatives).toHaveLength(3);
    const page = await getPublicCooperative(publicCooperatives[0]!.id, "ar");
    expect(page!.photos).toHaveLength(1);
    expect(page!.events.map((e) => e.slug)).toEqual([DEMO_EVENT_SLUG]);
    const event = await db.event.findUniqueOrThrow({ where: { slug: DEMO_EVENT_SLUG } });
    expect(await getPublicEventPhotos(event.id, "fr")).toHaveLength(2);
    // The generated photos carried camera and GPS EXIF: the stored variants carry none.
    const file = await db.storedFile.findFirstOrThrow({ where: { photoVariant: { photo: { isDemo: true } } } });
    const meta = await sharp(Buffer.from(file.content)).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.exif).toBeUndefined();
    // Idempotent.
    expect(await seedFollowUpDemo(db, prefectureId, NOW)).toEqual(counts);
  });

  it("is removed with the demonstration data, files included", async () => {
    await removeDemo(db);
    expect(await db.visit.count()).toBe(0);
    expect(await db.grantBaseline.count()).toBe(0);
    expect(await db.photo.count()).toBe(0);
    expect(await db.photoVariant.count()).toBe(0);
    expect(await db.storedFile.count()).toBe(0);
    expect(await db.event.count({ where: { isDemo: true } })).toBe(0);
  });
});
