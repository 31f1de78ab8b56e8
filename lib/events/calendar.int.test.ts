// The .ics route handler against a real seeded database: the seed article's event answers with its file,
// a draft and an unknown slug answer 404. Lives under lib/ because the integration project only collects
// {lib,prisma,scripts}/**/*.int.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedAll } from "@/prisma/seed/seed-all";
import { COOPERATIVES_DAY_TANGER_2025 as ARTICLE } from "@/prisma/seed/article-content";
import { GET } from "@/app/[locale]/events/[slug]/calendar.ics/route";

const BASE = "https://indh.example.ma";
const DRAFT_SLUG = "draft-event-not-public";

function call(locale: string, slug: string) {
  const request = new Request(`${BASE}/${locale}/events/${slug}/calendar.ics`);
  return GET(request, { params: Promise.resolve({ locale, slug }) });
}

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");
const previousBase = process.env.PUBLIC_BASE_URL;

afterAll(() => {
  if (previousBase === undefined) delete process.env.PUBLIC_BASE_URL;
  else process.env.PUBLIC_BASE_URL = previousBase;
});

beforeAll(async () => {
  process.env.PUBLIC_BASE_URL = BASE;
  const db = getDb();
  await seedAll(db, { demo: false });
  // A draft copied from the seed event: everything is there but its status.
  const seed = await db.event.findUniqueOrThrow({ where: { slug: ARTICLE.slug } });
  const { id: _id, createdAt: _c, updatedAt: _u, publishedAt: _p, ...columns } = seed;
  await db.event.create({ data: { ...columns, slug: DRAFT_SLUG, status: "DRAFT" } });
});

describe("GET /[locale]/events/[slug]/calendar.ics", () => {
  it("serves the seed event as an iCalendar attachment in Arabic", async () => {
    const response = await call("ar", ARTICLE.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${ARTICLE.slug}.ics"`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const { id } = await getDb().event.findUniqueOrThrow({ where: { slug: ARTICLE.slug }, select: { id: true } });
    const text = unfold(await response.text());
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text).toContain(`\r\nUID:event-${id}@indh-cooperatives\r\n`);
    expect(text).toContain("\r\nDTSTART:20250709T090000Z\r\n");
    expect(text).toContain("\r\nDTEND:20250709T110000Z\r\n");
    expect(text).toContain(`\r\nSUMMARY:${ARTICLE.titleAr}\r\n`);
    expect(text).toContain(`\r\nLOCATION:${ARTICLE.venueAr}، `);
    expect(text).toContain(`\r\nURL:${BASE}/ar/events/${ARTICLE.slug}\r\n`);
  });

  it("writes the French file for the French page", async () => {
    const text = unfold(await (await call("fr", ARTICLE.slug)).text());
    expect(text).toContain(`\r\nSUMMARY:${ARTICLE.titleFr}\r\n`);
    expect(text).toContain(`\r\nLOCATION:${ARTICLE.venueFr}\\, `);
    expect(text).toContain(`\r\nURL:${BASE}/fr/events/${ARTICLE.slug}\r\n`);
  });

  it("answers 404, uncached, for a draft, an unknown slug and an unknown locale", async () => {
    for (const [locale, slug] of [["ar", DRAFT_SLUG], ["fr", "no-such-event"], ["en", ARTICLE.slug]] as const) {
      const response = await call(locale, slug);
      expect(response.status, `${locale}/${slug}`).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });
});
