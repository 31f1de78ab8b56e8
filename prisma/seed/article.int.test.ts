import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedArticle } from "./article";
import { seedReference } from "./reference";

describe("seedArticle", () => {
  it("holds the seed article as an event with its partners and presentations, figures as reported", async () => {
    const db = getDb();
    const { prefectureId } = await seedReference(db);
    const { eventId } = await seedArticle(db, prefectureId);

    const event = await db.event.findUniqueOrThrow({
      where: { slug: "cooperatives-day-tanger-2025" },
      include: {
        organiser: true,
        commune: true,
        partners: { orderBy: { position: "asc" }, include: { organisation: true } },
        presentations: { orderBy: { position: "asc" }, include: { organisation: true } },
      },
    });
    expect(event.id).toBe(eventId);
    expect(event.kind).toBe("COMMUNICATION_MEETING");
    expect(event.status).toBe("PUBLISHED");
    expect(event.isDemo).toBe(false);
    expect(event.venueAr).toBe("دار الشباب حسنونة");
    expect(event.startsAt.toISOString()).toBe("2025-07-09T09:00:00.000Z");
    expect(event.attendance).toBe(60);
    expect(event.commune?.code).toBe("TANGER");
    expect(event.organiser.code).toBe("PREFECTURE");
    expect(event.partners.map((p) => p.organisation.code)).toEqual(["DRJ", "ODCO", "ADS"]);
    expect(event.partners.map((p) => p.position)).toEqual([1, 2, 3]);

    expect(event.presentations.map((p) => p.position)).toEqual([1, 2, 3]);
    expect(event.presentations.map((p) => p.organisation?.code)).toEqual(["ODCO", "ADS", "DAS"]);
    expect(event.presentations[1]?.presenterRoleAr).toBe("ممثلة وكالة التنمية الاجتماعية");
    const third = event.presentations[2];
    expect(third).toMatchObject({
      reportedCooperativesFunded: 85,
      reportedUrbanCooperatives: 52,
      reportedRuralCooperatives: 33,
      reportedTotalEnvelopeCentimes: 1317909100n,
      reportedIndhContributionCentimes: 2086051500n,
      reportedPeriodStartYear: 2019,
      reportedPeriodEndYear: 2025,
    });
    expect(event.presentations[0]?.reportedCooperativesFunded).toBeNull();

    expect(event.bodyAr).toContain("دار الشباب حسنونة");
    expect(event.bodyAr).toContain("13.179.091");
    expect(event.bodyAr).toContain("20.860.515");
    expect(event.bodyAr).toContain("وفق الشروط والمعايير المعمول بها.");
    expect(event.bodyAr).not.toContain("اترك تعليقاً");
    expect(event.bodyFr.length).toBeGreaterThan(0);
    expect(event.bodyFr).toContain("13.179.091");
    expect(event.bodyFr).toContain("20.860.515");
  });

  it("changes nothing when run a second time", async () => {
    const db = getDb();
    const { prefectureId } = await seedReference(db);
    const first = await seedArticle(db, prefectureId);
    const counts = async () => ({
      events: await db.event.count(),
      presentations: await db.presentation.count(),
      partners: await db.eventPartner.count(),
    });
    const before = await counts();
    const second = await seedArticle(db, prefectureId);
    expect(second.eventId).toBe(first.eventId);
    expect(await counts()).toEqual(before);
    expect(before).toEqual({ events: 1, presentations: 3, partners: 3 });
  });
});
