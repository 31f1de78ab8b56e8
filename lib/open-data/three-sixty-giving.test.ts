import { describe, expect, it } from "vitest";
import { centimesToAmount, toThreeSixtyGivingGrant, toThreeSixtyGivingPackage } from "./three-sixty-giving";
import { csvHeader, toThreeSixtyGivingCsv } from "./three-sixty-giving-csv";
import type { OpenDataGrant } from "./types";

const grant: OpenDataGrant = {
  id: 42,
  titleAr: "اقتناء معدات التعبئة",
  titleFr: "Acquisition d'équipements de conditionnement",
  approvedOn: new Date("2024-03-15T00:00:00Z"),
  updatedAt: new Date("2025-07-09T10:30:00.000Z"),
  indhContributionCentimes: 30_000_005n,
  prefecture: { code: "TANGER-ASSILAH", nameAr: "عمالة طنجة أصيلة", nameFr: "Préfecture de Tanger-Assilah" },
  programme: { number: 3, nameAr: "البرنامج 3", nameFr: "Amélioration du revenu", phase: { number: 3, nameFr: "Phase 3" } },
  axis: { code: "SOCIAL-SOLIDARITY-ECONOMY", nameAr: "الاقتصاد الاجتماعي", nameFr: "Économie sociale et solidaire" },
  cooperative: { registerNumber: "DEMO-2019-0001", nameAr: "تعاونية", nameFr: "Coopérative Al Amal", commune: { code: "TANGER", nameAr: "طنجة", nameFr: "Tanger" } },
  partners: [
    { code: "ODCO", acronym: "ODCO", nameAr: "المكتب", nameFr: "Office du développement de la coopération" },
    { code: "COMMUNE-TANGER", acronym: null, nameAr: "جماعة طنجة", nameFr: "Commune de Tanger" },
  ],
};

describe("centimesToAmount", () => {
  it("converts centimes to dirhams exactly, as JSON prints them", () => {
    expect(centimesToAmount(0n)).toBe(0);
    expect(centimesToAmount(1n)).toBe(0.01);
    expect(centimesToAmount(1_317_909_100n)).toBe(13_179_091);
    expect(JSON.stringify(centimesToAmount(30_000_005n))).toBe("300000.05");
    // 0.1 + 0.2 style errors would show here: 10.10 + 20.20 is not computed in floats.
    expect(JSON.stringify(centimesToAmount(3_030n))).toBe("30.3");
  });

  it("keeps a large amount exact (15 significant digits) and refuses one it would round", () => {
    expect(JSON.stringify(centimesToAmount(999_999_999_999_999n))).toBe("9999999999999.99");
    expect(JSON.stringify(centimesToAmount(123_456_789_012_345n))).toBe("1234567890123.45");
    expect(() => centimesToAmount(10n ** 15n)).toThrow(RangeError);
    expect(() => centimesToAmount(2n ** 53n + 1n)).toThrow(RangeError);
  });
});

describe("toThreeSixtyGivingGrant", () => {
  const g = toThreeSixtyGivingGrant(grant);

  it("prefixes every identifier with the publisher's 360Giving prefix", () => {
    expect(g.id).toBe("360G-INDH-TANGER-ASSILAH-42");
    expect(g.recipientOrganization).toEqual([
      { id: "360G-INDH-COOP-TANGER-ASSILAH-DEMO-2019-0001", name: "Coopérative Al Amal", alternateName: "تعاونية", addressLocality: "Tanger", addressCountry: "MA" },
    ]);
  });

  it("puts INDH first among the funders and the partners after it as co-funders", () => {
    expect(g.fundingOrganization.map((o) => o.id)).toEqual([
      "360G-INDH-ORG-INDH", "360G-INDH-ORG-TANGER-ASSILAH-ODCO", "360G-INDH-ORG-TANGER-ASSILAH-COMMUNE-TANGER",
    ]);
    expect(g.fundingOrganization[0]!.department).toBe("Préfecture de Tanger-Assilah");
    expect(g.fundingOrganization[1]!.name).toBe("Office du développement de la coopération (ODCO)");
    expect(toThreeSixtyGivingGrant({ ...grant, partners: [] }).fundingOrganization).toHaveLength(1);
  });

  it("writes MAD, the INDH contribution, ISO dates, the commune, the programme and the axis", () => {
    expect(g).toMatchObject({
      title: grant.titleFr, description: grant.titleAr, currency: "MAD", amountAwarded: 300000.05,
      awardDate: "2024-03-15", dateModified: "2025-07-09T10:30:00.000Z",
      beneficiaryLocation: [{ name: "Tanger", countryCode: "MA" }],
      grantProgramme: [{ code: "INDH-3.3", title: "Amélioration du revenu (Phase 3)" }],
      classifications: [{ vocabulary: "INDH-AXIS", code: "SOCIAL-SOLIDARITY-ECONOMY" }],
    });
    expect("classifications" in toThreeSixtyGivingGrant({ ...grant, axis: null })).toBe(false);
  });
});

describe("package and CSV", () => {
  const pkg = toThreeSixtyGivingPackage([grant, { ...grant, id: 43, partners: [] }], { baseUrl: "https://indh.example.ma/", issuedAt: new Date("2025-07-10T08:00:00Z") });

  it("carries the package metadata 360Giving reads", () => {
    expect(pkg).toMatchObject({
      version: "1.4", issued: "2025-07-10T08:00:00.000Z", license: "https://creativecommons.org/licenses/by/4.0/",
      publisher: { identifier: "360G-INDH-ORG-INDH", website: "https://indh.example.ma" },
      downloadURL: "https://indh.example.ma/api/v1/open-data/360giving/grants.json",
    });
    expect(pkg.grants.map((g) => g.id)).toEqual(["360G-INDH-TANGER-ASSILAH-42", "360G-INDH-TANGER-ASSILAH-43"]);
  });

  it("writes one row per grant under 360Giving's column titles, co-funders in numbered columns", () => {
    const csv = toThreeSixtyGivingCsv(pkg.grants);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(csvHeader(2).join(","));
    expect(lines[0]).toContain("Identifier,Title,Description,Currency,Amount Awarded,Award Date");
    expect(lines[0]).toMatch(/,Funding Org:1:Identifier,Funding Org:1:Name,Funding Org:2:Identifier,Funding Org:2:Name$/);
    expect(lines[1]).toContain(`360G-INDH-TANGER-ASSILAH-42,Acquisition d'équipements de conditionnement,${grant.titleAr},MAD,300000.05,2024-03-15,`);
    expect(lines[1]).toContain("360G-INDH-ORG-TANGER-ASSILAH-ODCO,Office du développement de la coopération (ODCO)");
    expect(lines[2]!.endsWith(",,,,")).toBe(true); // no co-funder: the numbered columns stay empty
  });
});
