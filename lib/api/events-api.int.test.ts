// The events endpoints called as Next calls them: a Request in, a Response out, on a seeded database.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedAll } from "@/prisma/seed/seed-all";
import { resetApiRateLimiter } from "@/lib/api/rate-limit";
import { GET as listEvents } from "@/app/api/v1/events/route";
import { GET as getEvent } from "@/app/api/v1/events/[slug]/route";

const SEED_SLUG = "cooperatives-day-tanger-2025";

const list = (query = "") => listEvents(new Request(`http://localhost/api/v1/events${query}`), undefined);
const detail = (slug: string, query = "") =>
  getEvent(new Request(`http://localhost/api/v1/events/${slug}${query}`), { params: Promise.resolve({ slug }) });

beforeAll(async () => {
  const db = getDb();
  await seedAll(db, { demo: true });
  const seed = await db.event.findUniqueOrThrow({ where: { slug: SEED_SLUG }, select: { prefectureId: true, organiserId: true } });
  const event = (slug: string, status: string, startsAt: string) =>
    db.event.create({
      data: { ...seed, slug, status, kind: "WORKSHOP", titleAr: `ورشة ${slug}`, titleFr: `Atelier ${slug}`, startsAt: new Date(startsAt),
        venueAr: "قاعة", venueFr: "Salle", summaryAr: "ملخص", summaryFr: "Résumé", bodyAr: "نص", bodyFr: "Texte" },
    });
  // The draft is the newest of all: if drafts leaked, it would be first.
  await event("draft-workshop", "DRAFT", "2030-01-01T10:00:00Z");
  for (const [i, day] of ["2025-01-10", "2025-02-10", "2025-03-10", "2025-12-10"].entries()) {
    await event(`workshop-${i + 1}`, "PUBLISHED", `${day}T10:00:00Z`);
  }
});

beforeEach(() => resetApiRateLimiter());

describe("GET /api/v1/events", () => {
  it("lists published events newest first, never a draft, as JSON with the API's headers", async () => {
    const response = await list();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("etag")).toMatch(/^".+"$/);
    expect(response.headers.get("ratelimit-limit")).toBe("60");
    expect(response.headers.get("ratelimit-remaining")).toBe("59");
    const body = await response.json();
    expect(body.lang).toBe("ar");
    expect(body.events.map((e: { slug: string }) => e.slug)).toEqual(["workshop-4", SEED_SLUG, "workshop-3", "workshop-2", "workshop-1"]);
    expect(body.pagination).toEqual({ page: 1, pageSize: 20, total: 5, totalPages: 1, next: null, prev: null });
    expect(body.events[1]).toEqual({
      slug: SEED_SLUG, kind: "COMMUNICATION_MEETING",
      title: "لقاء تواصلي بطنجة احتفاءً باليوم العالمي للتعاونيات", summary: expect.stringContaining("اليوم العالمي للتعاونيات"),
      startsAt: "2025-07-09T09:00:00.000Z", venue: "دار الشباب حسنونة", commune: "طنجة",
      organiser: { name: "عمالة طنجة أصيلة", acronym: null }, presentationsCount: 3,
      url: `/ar/events/${SEED_SLUG}`,
    });
  });

  it("answers in French with lang=fr", async () => {
    const body = await (await list("?lang=fr")).json();
    const seed = body.events.find((e: { slug: string }) => e.slug === SEED_SLUG);
    expect(seed.title).toBe("Une rencontre de communication à Tanger pour célébrer la Journée internationale des coopératives");
    expect(seed.url).toBe(`/fr/events/${SEED_SLUG}`);
  });

  it("paginates: page sizes, total and the links between pages", async () => {
    const first = await (await list("?page=1&pageSize=2")).json();
    expect(first.events).toHaveLength(2);
    expect(first.pagination).toEqual({ page: 1, pageSize: 2, total: 5, totalPages: 3, next: "/api/v1/events?lang=ar&page=2&pageSize=2", prev: null });
    const last = await (await list(first.pagination.next.replace("/api/v1/events", "").replace("page=2", "page=3"))).json();
    expect(last.events.map((e: { slug: string }) => e.slug)).toEqual(["workshop-1"]);
    expect(last.pagination).toMatchObject({ page: 3, next: null, prev: "/api/v1/events?lang=ar&page=2&pageSize=2" });
    expect((await (await list("?page=4&pageSize=2")).json()).events).toEqual([]);
  });

  it("refuses bad parameters with 400, naming each field", async () => {
    for (const [query, field] of [["?pageSize=101", "pageSize"], ["?page=0", "page"], ["?page=abc", "page"], ["?lang=en", "lang"]]) {
      const response = await list(query);
      expect(response.status).toBe(400);
      const { error } = await response.json();
      expect(error).toMatchObject({ status: 400, code: "invalid_parameter" });
      expect(error.issues.map((i: { field: string }) => i.field)).toEqual([field]);
    }
  });
});

describe("GET /api/v1/events/<slug>", () => {
  it("gives the seed event with its presentations, reported figures as reported, and partners", async () => {
    const response = await detail(SEED_SLUG, "?lang=fr");
    expect(response.status).toBe(200);
    const { lang, event } = await response.json();
    expect(lang).toBe("fr");
    expect(event).toMatchObject({ slug: SEED_SLUG, startsAt: "2025-07-09T09:00:00.000Z", attendance: 60, url: `/fr/events/${SEED_SLUG}` });
    expect(event.partners).toHaveLength(3);
    expect(event.presentations.map((p: { position: number }) => p.position)).toEqual([1, 2, 3]);
    // Reported as printed, although the INDH contribution exceeds the envelope.
    expect(event.presentations[2].reported).toEqual({
      periodStartYear: 2019, periodEndYear: 2025, cooperativesFunded: 85, urbanCooperatives: 52, ruralCooperatives: 33,
      totalEnvelope: { centimes: "1317909100", dirhams: "13179091.00" },
      indhContribution: { centimes: "2086051500", dirhams: "20860515.00" },
    });
    expect(event.presentations[0].reported.totalEnvelope).toBeNull();
  });

  it("answers 404 in JSON for a draft and for an unknown slug", async () => {
    for (const slug of ["draft-workshop", "no-such-event"]) {
      const response = await detail(slug);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect((await response.json()).error).toMatchObject({ status: 404, code: "not_found" });
    }
  });
});
