import { describe, expect, it } from "vitest";
import { checkGrantAmounts } from "@/lib/grants/rules";
import { EMPTY_RURAL_COMMUNE, generateDemoData } from "./demo-data";
import { COMMUNES, SECTORS, TANGIER_ARRONDISSEMENTS } from "./reference-data";

const cooperatives = generateDemoData();
const grants = cooperatives.flatMap((c) => c.grants);
const settingOf = new Map(COMMUNES.map((c) => [c.code, c.setting]));

describe("generateDemoData", () => {
  it("creates 85 cooperatives, 52 urban and 33 rural, with unique register numbers", () => {
    expect(cooperatives).toHaveLength(85);
    expect(cooperatives.filter((c) => settingOf.get(c.communeCode) === "URBAN")).toHaveLength(52);
    expect(cooperatives.filter((c) => settingOf.get(c.communeCode) === "RURAL")).toHaveLength(33);
    expect(new Set(cooperatives.map((c) => c.registerNumber)).size).toBe(85);
    expect(cooperatives.every((c) => c.registerNumber.startsWith("DEMO-"))).toBe(true);
  });

  it("leaves SIDI-LYAMANI empty and gives every other rural commune some cooperatives", () => {
    expect(EMPTY_RURAL_COMMUNE).toBe("SIDI-LYAMANI");
    const used = new Set(cooperatives.map((c) => c.communeCode));
    expect(used.has("SIDI-LYAMANI")).toBe(false);
    const rural = COMMUNES.filter((c) => c.setting === "RURAL" && c.code !== "SIDI-LYAMANI");
    expect(rural.filter((c) => !used.has(c.code))).toEqual([]);
  });

  it("spreads Tangier's cooperatives over its four arrondissements and uses every sector", () => {
    const tanger = cooperatives.filter((c) => c.communeCode === "TANGER");
    expect(tanger.every((c) => c.placeCode !== null)).toBe(true);
    expect(new Set(tanger.map((c) => c.placeCode))).toEqual(new Set(TANGIER_ARRONDISSEMENTS.map((p) => p.code)));
    expect(cooperatives.filter((c) => c.communeCode !== "TANGER").every((c) => c.placeCode === null)).toBe(true);
    expect(new Set(cooperatives.map((c) => c.sectorCode))).toEqual(new Set(SECTORS.map((s) => s.code)));
  });

  it("keeps member counts plausible, with women-led and youth cooperatives", () => {
    for (const c of cooperatives) {
      expect(c.members).toBeGreaterThanOrEqual(7);
      expect(c.members).toBeLessThanOrEqual(60);
      expect(c.womenMembers).toBeLessThanOrEqual(c.members);
      expect(c.youngMembers).toBeLessThanOrEqual(c.members);
      expect(c.foundedOn.getUTCFullYear()).toBeGreaterThanOrEqual(2008);
      expect(c.foundedOn.getUTCFullYear()).toBeLessThanOrEqual(2024);
      expect(c.grants.length).toBeGreaterThanOrEqual(1);
    }
    expect(cooperatives.filter((c) => c.womenMembers * 2 > c.members).length).toBeGreaterThanOrEqual(25);
    expect(cooperatives.filter((c) => c.youngMembers * 2 > c.members).length).toBeGreaterThanOrEqual(10);
  });

  it("makes every grant pass checkGrantAmounts, with 0-2 partners and 1-3 tranches", () => {
    for (const g of grants) {
      expect(checkGrantAmounts(g)).toEqual([]);
      expect(g.totalCostCentimes).toBeGreaterThanOrEqual(80_000n * 100n);
      expect(g.totalCostCentimes).toBeLessThanOrEqual(900_000n * 100n);
      expect(g.partnerContributions.length).toBeLessThanOrEqual(2);
      expect(g.tranches.length).toBeGreaterThanOrEqual(1);
      expect(g.tranches.length).toBeLessThanOrEqual(3);
    }
    expect(grants.some((g) => g.partnerContributions.length === 0)).toBe(true);
  });

  it("respects the social-economy ceilings: INDH <= 60 % of the cost and <= 300,000 MAD", () => {
    const social = grants.filter((g) => g.axisCode === "SOCIAL-SOLIDARITY-ECONOMY");
    expect(social.length).toBeGreaterThan(grants.length / 3);
    for (const g of social) {
      expect(g.indhContributionCentimes * 100n).toBeLessThanOrEqual(g.totalCostCentimes * 60n);
      expect(g.indhContributionCentimes).toBeLessThanOrEqual(300_000n * 100n);
    }
  });

  it("has exactly one cancelled grant, completed phase 2 grants and a mix of phase 3 statuses", () => {
    expect(grants.filter((g) => g.status === "CANCELLED")).toHaveLength(1);
    const phase2 = grants.filter((g) => g.phaseNumber === 2);
    expect(phase2.length).toBeGreaterThan(0);
    expect(phase2.every((g) => g.status === "COMPLETED" && g.axisCode === "INCOME-GENERATING-ACTIVITIES")).toBe(true);
    const years = (phase: number) => grants.filter((g) => g.phaseNumber === phase).map((g) => g.approvedOn.getUTCFullYear());
    expect(Math.min(...years(2))).toBeGreaterThanOrEqual(2011);
    expect(Math.max(...years(2))).toBeLessThanOrEqual(2018);
    expect(Math.min(...years(3))).toBeGreaterThanOrEqual(2019);
    expect(Math.max(...years(3))).toBeLessThanOrEqual(2025);
    const phase3Statuses = new Set(grants.filter((g) => g.phaseNumber === 3).map((g) => g.status));
    for (const status of ["COMPLETED", "IN_PROGRESS", "APPROVED"] as const) expect(phase3Statuses.has(status)).toBe(true);
  });

  it("pays tranches according to the status", () => {
    for (const g of grants) {
      const paid = g.tranches.filter((t) => t.paidOn !== null).length;
      if (g.status === "COMPLETED") expect(paid).toBe(g.tranches.length);
      if (g.status === "IN_PROGRESS") expect(paid).toBeGreaterThan(0);
      if (g.status === "IN_PROGRESS") expect(paid).toBeLessThan(g.tranches.length);
      if (g.status === "APPROVED" || g.status === "CANCELLED") expect(paid).toBe(0);
    }
  });

  it("is deterministic: generating twice gives the same data", () => {
    expect(generateDemoData()).toEqual(cooperatives);
  });
});
