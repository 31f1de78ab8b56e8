import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import type { SessionUser } from "@/lib/auth/types";
import { parseListParams } from "@/lib/lists/list-params";
import { fillMissingSearchText } from "@/prisma/seed/search-text";
import { createOrganisation } from "./mutations";
import { getOrganisation, getOrganisationForEdit, listOrganisations } from "./queries";
import { ORGANISATION_FILTERS, ORGANISATION_SORTS } from "./types";

let staff: SessionUser;
let otherId: number;

const codes = async (raw: Record<string, string>) =>
  (await listOrganisations(staff, parseListParams(raw, { sorts: ORGANISATION_SORTS, defaultSort: "name", filters: ORGANISATION_FILTERS }), "fr")).items.map((o) => o.code);

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const other = await db.prefecture.create({ data: { code: "OTHER", nameAr: "أخرى", nameFr: "Autre", regionId: (await db.region.findFirstOrThrow()).id } });
  const u = await db.user.create({ data: { email: "s@test.ma", name: "S", role: "STAFF", prefectureId, passwordHash: "x" } });
  const o = await db.user.create({ data: { email: "o@test.ma", name: "O", role: "STAFF", prefectureId: other.id, passwordHash: "x" } });
  staff = { id: u.id, email: u.email, name: u.name, role: "STAFF", isNational: false, prefectureId };
  const otherStaff: SessionUser = { id: o.id, email: o.email, name: o.name, role: "STAFF", isNational: false, prefectureId: other.id };
  await createOrganisation(staff, { code: "COOP-ASSOC", kind: "ASSOCIATION", acronym: null, nameAr: "جمعيّة التّعاون", nameFr: "Association Coopération Élan", communeId: null });
  otherId = (await createOrganisation(otherStaff, { code: "ELSEWHERE", kind: "ASSOCIATION", acronym: null, nameAr: "جمعية", nameFr: "Association ailleurs", communeId: null })).id;
  // The seeded organisations have no searchText (the seed fills it later); give them theirs as the app would.
  await fillMissingSearchText(db);
});

describe("listOrganisations", () => {
  it("searches ignoring case, accents and diacritics, inside the prefecture only", async () => {
    expect(await codes({ q: "cooperation elan" })).toEqual(["COOP-ASSOC"]);
    expect(await codes({ q: "جمعية التعاون" })).toEqual(["COOP-ASSOC"]);
    expect(await codes({ q: "odco" })).toEqual(["ODCO"]);
    expect(await codes({ q: "ailleurs" })).toEqual([]);
  });

  it("filters by kind and zone and sorts by code", async () => {
    expect(await codes({ kind: "ELECTED_COUNCIL", sort: "code" })).toEqual(["CRAFTS-CHAMBER", "REGIONAL-COUNCIL"]);
    const urban = await codes({ zone: "URBAN", sort: "code" });
    expect(urban.length).toBeGreaterThan(0);
    expect(urban.every((c) => c.startsWith("COMMUNE-"))).toBe(true);
  });
});

describe("getOrganisation", () => {
  it("returns references counts and hides other prefectures", async () => {
    const odco = await getDb().organisation.findFirstOrThrow({ where: { code: "ODCO", prefectureId: staff.prefectureId } });
    expect(await getOrganisation(staff, odco.id, "ar")).toMatchObject({ code: "ODCO", references: { events: 0, presentations: 0, partnerContributions: 0 } });
    expect(await getOrganisation(staff, otherId, "fr")).toBeNull();
    expect(await getOrganisationForEdit(staff, otherId)).toBeNull();
  });
});
