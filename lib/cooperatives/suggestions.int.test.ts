// The grant form's cooperative search route (app/[locale]/admin/cooperatives/suggestions/route.ts) on the
// real database: signed-in only, the user's prefecture only (a national user sees all), folded matching,
// names in the page's language.
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import { createTestUser } from "@/lib/testing/test-user";
import { actAs } from "@/lib/testing/action-harness";
import type { SessionUser } from "@/lib/auth/types";
import { createCooperative } from "./mutations";
import { GET } from "@/app/[locale]/admin/cooperatives/suggestions/route";

let staff: SessionUser;
let otherStaff: SessionUser;
let national: SessionUser;
const ids: Record<string, number> = {};

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const other = await db.prefecture.create({ data: { code: "SUGGEST-OTHER", nameAr: "أخرى", nameFr: "Autre", regionId: (await db.region.findFirstOrThrow()).id } });
  const otherCommune = await db.commune.create({ data: { prefectureId: other.id, code: "X", nameAr: "س", nameFr: "X", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } });
  const tanger = await db.commune.findFirstOrThrow({ where: { prefectureId, code: "TANGER" } });
  const sector = await db.sector.findFirstOrThrow();
  staff = (await createTestUser(db, { role: "STAFF", prefectureId })).user;
  otherStaff = (await createTestUser(db, { role: "STAFF", prefectureId: other.id })).user;
  national = (await createTestUser(db, { role: "MANAGER", prefectureId, isNational: true })).user;
  const base = { placeId: null, foundedOn: null, members: 10, womenMembers: 4, youngMembers: 4, contactPhone: null, contactEmail: null, sectorId: sector.id };
  ids.amal = (await createCooperative(staff, { ...base, registerNumber: "SUG-1", nameAr: "تعاونيّة الأمَل", nameFr: "Coopérative Al Amal", communeId: tanger.id, contactName: null })).id;
  ids.kheir = (await createCooperative(staff, { ...base, registerNumber: "SUG-2", nameAr: "تعاونية الخير", nameFr: "Coopérative El Kheir", communeId: tanger.id, contactName: "Amal Bennani" })).id;
  ids.elsewhere = (await createCooperative(otherStaff, { ...base, registerNumber: "SUG-3", nameAr: "تعاونية الأمل الأخرى", nameFr: "Coopérative Al Amal bis", communeId: otherCommune.id, contactName: null })).id;
});

async function suggest(locale: string, q: string) {
  const response = await GET(new Request(`http://localhost/${locale}/admin/cooperatives/suggestions?q=${encodeURIComponent(q)}`), { params: Promise.resolve({ locale }) });
  return { status: response.status, body: (await response.json()) as unknown, cache: response.headers.get("cache-control") };
}
const values = (body: unknown) => (body as { value: number }[]).map((s) => s.value);

describe("cooperative suggestions route", () => {
  it("refuses a visitor without a session and an unknown locale", async () => {
    await actAs(null);
    const refused = await suggest("ar", "amal");
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ error: "signInRequired" });
    await actAs(staff.id);
    expect((await suggest("en", "amal")).status).toBe(404);
  });

  it("answers only the user's prefecture, matched on folded names and register numbers", async () => {
    await actAs(staff.id);
    const found = await suggest("ar", "تعاونيه الامل");
    expect(found.status).toBe(200);
    expect(found.cache).toContain("no-store");
    expect(found.body).toEqual([{ value: ids.amal, label: "تعاونيّة الأمَل", detail: "SUG-1 · Coopérative Al Amal" }]);
    expect(values((await suggest("fr", "cooperative")).body)).toEqual([ids.amal, ids.kheir]);
    expect(values((await suggest("fr", "sug-2")).body)).toEqual([ids.kheir]);
    // "Amal" is also the contact's name of El Kheir: a contact is not what the field picks by.
    expect(values((await suggest("fr", "amal")).body)).toEqual([ids.amal]);

    await actAs(otherStaff.id);
    expect(values((await suggest("fr", "amal")).body)).toEqual([ids.elsewhere]);
    expect(values((await suggest("fr", "SUG-1")).body)).toEqual([]);
  });

  it("lets a national user search every prefecture", async () => {
    await actAs(national.id);
    expect(values((await suggest("fr", "al amal")).body)).toEqual([ids.amal, ids.elsewhere]);
  });
});
