// GET /api/v1/figures on the demonstration data: the same figures as the public results page, filters
// checked, and nothing about any single cooperative.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedAll } from "@/prisma/seed/seed-all";
import { resetApiRateLimiter } from "@/lib/api/rate-limit";
import { getPublicResults } from "@/lib/dashboards/public-results";
import { getHeadlineFigures } from "@/lib/dashboards/queries";
import { GET } from "@/app/api/v1/figures/route";

const figures = (query = "") => GET(new Request(`http://localhost/api/v1/figures${query}`), undefined);
const money = (centimes: bigint) => ({ centimes: centimes.toString(), dirhams: expect.stringMatching(/^\d+\.\d\d$/) });

beforeAll(async () => {
  await seedAll(getDb(), { demo: true });
});

beforeEach(() => resetApiRateLimiter());

describe("GET /api/v1/figures", () => {
  it("equals the public results and the headline figures computed directly", async () => {
    const response = await figures();
    expect(response.status).toBe(200);
    const { lang, figures: f } = await response.json();
    const direct = await getPublicResults("ar", {});
    const headline = await getHeadlineFigures();
    expect(lang).toBe("ar");
    expect(f.includesDemoData).toBe(true);
    expect(f.headline.grants).toBeGreaterThan(0);
    expect(f.headline).toMatchObject({
      grants: direct.headline.grants,
      cooperativesFunded: direct.headline.cooperativesFunded,
      urbanCooperativesFunded: direct.headline.urbanCooperativesFunded,
      ruralCooperativesFunded: direct.headline.ruralCooperativesFunded,
      totalCost: money(direct.headline.totalCostCentimes),
      indhContribution: money(direct.headline.indhContributionCentimes),
    });
    // The home page's figures are computed another way (straight from Grant): they must agree.
    expect(f.headline.grants).toBe(headline.grants);
    expect(f.headline.totalCost.centimes).toBe(headline.totalCostCentimes.toString());
    expect(f.byZoneAndPhase.byZone.RURAL.grants).toBe(headline.byZone.RURAL.grants);
    expect(f.byZoneAndPhase.total.totalCost.centimes).toBe(headline.totalCostCentimes.toString());
    expect(f.byYear.rows.map((r: { key: string }) => r.key)).toEqual(direct.byYear.rows.map((r) => r.key));
    expect(f.byProgramme.rows.map((r: { label: string }) => r.label)).toEqual(direct.byProgramme.rows.map((r) => r.label));
  });

  it("applies the filters exactly as the public results do", async () => {
    const { figures: f } = await (await figures("?fromYear=2019&toYear=2025&zone=RURAL&lang=fr")).json();
    const direct = await getPublicResults("fr", { fromYear: 2019, toYear: 2025, zone: "RURAL" });
    expect(f.filters).toEqual({ fromYear: 2019, toYear: 2025, zone: "RURAL" });
    expect(f.headline.grants).toBe(direct.headline.grants);
    expect(f.headline.grants).toBeGreaterThan(0);
    expect(f.headline.totalCost.centimes).toBe(direct.headline.totalCostCentimes.toString());
    expect(f.byZoneAndPhase.byZone.URBAN.grants).toBe(0);
    expect(f.byZoneAndPhase.phases.map((p: { label: string }) => p.label)).toEqual(direct.zoneByPhase.phases.map((p) => p.label));
  });

  it("names no cooperative and carries no drill-down filter", async () => {
    const text = await (await figures("?lang=fr")).text();
    const names = await getDb().cooperative.findMany({ select: { nameAr: true, nameFr: true }, take: 20 });
    for (const n of names) {
      expect(text).not.toContain(n.nameFr);
      expect(text).not.toContain(n.nameAr);
    }
    expect(text).not.toContain('"filter"');
  });

  it("refuses bad filters with 400 and the field", async () => {
    const cases = [["?fromYear=2025&toYear=2019", "toYear"], ["?zone=SUBURBAN", "zone"], ["?phaseId=one", "phaseId"], ["?fromYear=1200", "fromYear"]];
    for (const [query, field] of cases) {
      const response = await figures(query);
      expect(response.status).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe("invalid_parameter");
      expect(error.issues).toEqual([{ field, message: expect.any(String) }]);
      expect(error.message).toContain(field);
    }
  });
});
