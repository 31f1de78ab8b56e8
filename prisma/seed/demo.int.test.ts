import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { removeDemo, seedDemo } from "./demo";
import { seedReference } from "./reference";

const db = getDb();
let prefectureId = 0;

async function countDemoRows() {
  const [cooperatives, grants, tranches, partnerContributions] = await Promise.all([
    db.cooperative.count({ where: { isDemo: true } }),
    db.grant.count({ where: { isDemo: true } }),
    db.grantTranche.count({ where: { grant: { isDemo: true } } }),
    db.grantPartnerContribution.count({ where: { grant: { isDemo: true } } }),
  ]);
  return { cooperatives, grants, tranches, partnerContributions };
}

async function countReferenceRows() {
  const [communes, places, programmes, axes, sectors, organisations] = await Promise.all([
    db.commune.count(),
    db.place.count(),
    db.programme.count(),
    db.axis.count(),
    db.sector.count(),
    db.organisation.count(),
  ]);
  return { communes, places, programmes, axes, sectors, organisations };
}

beforeAll(async () => {
  ({ prefectureId } = await seedReference(db));
});

// The tests run in order on one database: seed, seed again, then remove.
describe("seedDemo / removeDemo", () => {
  it("writes 85 demo cooperatives, 52 urban and 33 rural, each with grants", async () => {
    const started = performance.now();
    const result = await seedDemo(db, prefectureId);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(10_000);

    expect(result.cooperatives).toBe(85);
    expect(await db.cooperative.count({ where: { isDemo: true, prefectureId } })).toBe(85);
    expect(await db.grant.count({ where: { isDemo: true, prefectureId } })).toBe(result.grants);
    expect(await db.cooperative.count({ where: { isDemo: true, commune: { setting: "URBAN" } } })).toBe(52);
    expect(await db.cooperative.count({ where: { isDemo: true, commune: { setting: "RURAL" } } })).toBe(33);
    expect(await db.cooperative.count({ where: { commune: { code: "SIDI-LYAMANI" } } })).toBe(0);
    expect(await db.cooperative.count({ where: { isDemo: true, grants: { none: {} } } })).toBe(0);
    expect(await db.grant.count({ where: { isDemo: true, status: "CANCELLED" } })).toBe(1);
    expect(await db.grant.count({ where: { isDemo: true, programme: { phase: { number: 2 } } } })).toBeGreaterThan(0);
    expect(await db.grant.count({ where: { isDemo: true, programme: { phase: { number: 3 } } } })).toBeGreaterThan(0);

    // The amounts survive the round trip as exact bigint centimes.
    const grant = await db.grant.findFirstOrThrow({
      where: { isDemo: true, partnerContributions: { some: {} } },
      include: { partnerContributions: true, tranches: true },
    });
    const partners = grant.partnerContributions.reduce((sum, p) => sum + p.amountCentimes, 0n);
    expect(grant.indhContributionCentimes + grant.beneficiaryContributionCentimes + partners).toBe(grant.totalCostCentimes);
  });

  it("changes nothing when seeded a second time", async () => {
    const before = await countDemoRows();
    const result = await seedDemo(db, prefectureId);
    expect(result).toEqual({ cooperatives: before.cooperatives, grants: before.grants });
    expect(await countDemoRows()).toEqual(before);
  });

  it("removes every demo row and leaves the reference data intact", async () => {
    const before = await countDemoRows();
    const reference = await countReferenceRows();
    expect(before.tranches).toBeGreaterThan(0);
    expect(before.partnerContributions).toBeGreaterThan(0);

    expect(await removeDemo(db)).toEqual({ cooperatives: before.cooperatives, grants: before.grants });
    expect(await countDemoRows()).toEqual({ cooperatives: 0, grants: 0, tranches: 0, partnerContributions: 0 });
    // Cascade check: no tranche or contribution is left pointing at nothing.
    expect(await db.grantTranche.count()).toBe(0);
    expect(await db.grantPartnerContribution.count()).toBe(0);
    expect(await countReferenceRows()).toEqual(reference);
  });
});
