// The deadline .ics route against a real database: a published call answers with its file in the page's
// language, a draft or unknown slug with 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import { createCallFixture, type CallFixture } from "@/lib/funding/test-fixtures";
import { GET } from "@/app/[locale]/calls/[slug]/calendar.ics/route";

const BASE = "https://indh.example.ma";
const previousBase = process.env.PUBLIC_BASE_URL;
let published: CallFixture;
let draft: CallFixture;

const get = (locale: string, slug: string) => GET(new Request(`${BASE}/${locale}/calls/${slug}/calendar.ics`), { params: Promise.resolve({ locale, slug }) });
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

beforeAll(async () => {
  process.env.PUBLIC_BASE_URL = BASE;
  const { prefectureId } = await seedReference(getDb());
  published = await createCallFixture(prefectureId);
  draft = await createCallFixture(prefectureId, { status: "DRAFT" });
});
afterAll(() => {
  if (previousBase === undefined) delete process.env.PUBLIC_BASE_URL;
  else process.env.PUBLIC_BASE_URL = previousBase;
});

describe("GET /<locale>/calls/<slug>/calendar.ics", () => {
  it("answers the deadline as an event ending at the closing instant, in the page's language", async () => {
    const response = await get("fr", published.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = unfold(await response.text());
    const { closesAt } = await getDb().callForProjects.findUniqueOrThrow({ where: { id: published.id } });
    const stamp = closesAt.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
    expect(text).toContain(`DTEND:${stamp}`);
    expect(text).toContain("SUMMARY:Date limite : Appel à projets des coopératives");
    expect(text).toContain(`${BASE}/fr/calls/${published.slug}`);
    expect(unfold(await (await get("ar", published.slug)).text())).toContain("SUMMARY:آخر أجل: طلب مشاريع للتعاونيات");
  });

  it("answers 404 for a draft, an unknown slug and an unknown locale", async () => {
    expect((await get("fr", draft.slug)).status).toBe(404);
    expect((await get("fr", "no-such-call")).status).toBe(404);
    expect((await get("en", published.slug)).status).toBe(404);
  });
});
