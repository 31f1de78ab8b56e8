// The 360Giving export of the seed and demonstration data, validated against the standard's published JSON
// schemas (read from ../shared/standards/360giving; skipped, saying so, where that folder is absent).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedAll } from "@/prisma/seed/seed-all";
import { listPublicGrants } from "./queries";
import { toThreeSixtyGivingPackage } from "./three-sixty-giving";
import { csvHeader, toThreeSixtyGivingCsv } from "./three-sixty-giving-csv";
import { loadPackageValidator, SCHEMA_DIR } from "./test-schemas";

const context = { baseUrl: "https://indh.example.ma", issuedAt: new Date("2025-07-10T08:00:00Z") };
/** The package as a consumer receives it: through JSON text, as the route serves it. */
const buildPackage = async () => JSON.parse(JSON.stringify(toThreeSixtyGivingPackage(await listPublicGrants(), context))) as {
  grants: Record<string, unknown>[];
};
const publishAll = () => getDb().grant.updateMany({ data: { isPublic: true } });
const validator = loadPackageValidator();
let grantCount = 0;

beforeAll(async () => {
  await seedAll(getDb(), { demo: true });
  // Demonstration grants are never published (see the last test); the mapping is exercised over the
  // demonstration dataset's varied shapes by relabelling its grants as real records in this database.
  await getDb().grant.updateMany({ data: { isDemo: false } });
  grantCount = await getDb().grant.count();
});

describe.skipIf(!validator)("360Giving package schema", () => {
  it("validates the export of every seed and demonstration grant", async () => {
    await publishAll();
    const data = await buildPackage();
    expect(grantCount).toBeGreaterThan(100); // the demonstration dataset really is there
    expect(data.grants).toHaveLength(grantCount);
    const errors = validator!(data);
    expect(errors, JSON.stringify(errors.slice(0, 10), null, 2)).toEqual([]);
  });

  it("rejects a broken grant, so the validation above can fail", async () => {
    await publishAll();
    const data = await buildPackage();
    const { currency: _c, ...withoutCurrency } = data.grants[0]!;
    expect(validator!({ ...data, grants: [withoutCurrency, ...data.grants.slice(1)] }).length).toBeGreaterThan(0);
    expect(validator!({ ...data, grants: [{ ...data.grants[0], amountAwarded: "300000.00" }] }).length).toBeGreaterThan(0);
    expect(validator!({ ...data, grants: [{ ...data.grants[0], awardDate: "15/03/2024" }] }).length).toBeGreaterThan(0);
    expect(validator!({ ...data, grants: [{ ...data.grants[0], currency: "DH" }] }).length).toBeGreaterThan(0);
    expect(validator!({ ...data, grants: [] }).length).toBeGreaterThan(0); // the standard wants at least one grant
  });
});

if (!validator) {
  describe("360Giving package schema", () => {
    it.skip(`skipped: the 360Giving schemas are not at ${SCHEMA_DIR} (see the README there)`, () => {});
  });
}

describe("the public 360Giving export", () => {
  it("publishes the exact INDH contributions: the amounts add up to the stored centimes", async () => {
    await publishAll();
    const data = await buildPackage();
    const published = data.grants.reduce((sum, g) => sum + BigInt((g.amountAwarded as number).toFixed(2).replace(".", "")), 0n);
    const stored = await getDb().grant.aggregate({ _sum: { indhContributionCentimes: true } });
    expect(published).toBe(stored._sum.indhContributionCentimes);
  });

  it("leaves out every grant not marked public, and writes one CSV line per public grant", async () => {
    const db = getDb();
    await publishAll();
    const hidden = (await db.grant.findMany({ select: { id: true }, orderBy: { id: "asc" } })).filter((_, i) => i % 4 === 0).map((g) => g.id);
    await db.grant.updateMany({ where: { id: { in: hidden } }, data: { isPublic: false } });
    const grants = await listPublicGrants();
    expect(grants).toHaveLength(grantCount - hidden.length);
    expect(grants.some((g) => hidden.includes(g.id))).toBe(false);

    const data = toThreeSixtyGivingPackage(grants, context);
    const lines = toThreeSixtyGivingCsv(data.grants).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines.pop()).toBe(""); // the file ends with a line break
    const coFunders = Math.max(...data.grants.map((g) => g.fundingOrganization.length - 1));
    expect(lines[0]).toBe(csvHeader(coFunders).join(","));
    expect(lines.slice(1)).toHaveLength(grants.length);
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(data.grants.map((g) => g.id));
  });

  it("never publishes a demonstration grant, even one flagged public in the database", async () => {
    const db = getDb();
    await publishAll();
    const demo = (await db.grant.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 5 })).map((g) => g.id);
    await db.grant.updateMany({ where: { id: { in: demo } }, data: { isDemo: true } });
    const grants = await listPublicGrants();
    expect(grants).toHaveLength(grantCount - demo.length);
    expect(grants.some((g) => demo.includes(g.id))).toBe(false);
    await db.grant.updateMany({ where: { id: { in: demo } }, data: { isDemo: false } });
  });

  it("is empty when nothing is public", async () => {
    await getDb().grant.updateMany({ data: { isPublic: false } });
    expect(await listPublicGrants()).toEqual([]);
  });
});
