// The summaries a dashboard reads are maintained by every write; after any sequence of writes through the
// real mutations they must equal a recomputation from Grant (rebuildGrantSummaries).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setUpDashboardFixture } from "@/lib/dashboards/dashboard-fixture";
import { rebuildGrantSummaries } from "@/lib/dashboards/grant-summary";
import { createGrant, deleteGrant, updateGrant } from "@/lib/grants/mutations";
import { updateCooperative } from "@/lib/cooperatives/mutations";
import type { GrantInput } from "@/lib/grants/types";


type Fixture = Awaited<ReturnType<typeof setUpDashboardFixture>>;
let f: Fixture;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Every summary row and every cooperative's countedGrants, in a stable order. */
async function summaries() {
  const db = getDb();
  const order = [{ prefectureId: "asc" }, { programmeId: "asc" }, { axisId: "asc" }, { approvalYear: "asc" }, { status: "asc" }] as const;
  return {
    grant: await db.grantSummary.findMany({ orderBy: [...order, { communeId: "asc" }, { isDemo: "asc" }] }),
    sector: await db.grantSectorSummary.findMany({ orderBy: [...order, { sectorId: "asc" }] }),
    communeSector: await db.grantCommuneSectorSummary.findMany({ orderBy: [...order, { communeId: "asc" }, { sectorId: "asc" }] }),
    cooperatives: await db.cooperative.findMany({ select: { registerNumber: true, countedGrants: true, isFunded: true }, orderBy: { registerNumber: "asc" } }),
  };
}

const grantInput = (patch: Partial<GrantInput> & Pick<GrantInput, "cooperativeId" | "programmeId">): GrantInput => ({
  axisId: null, titleAr: "م", titleFr: "P", approvedOn: day("2024-04-04"), status: "APPROVED",
  totalCostCentimes: 3_000_000n, indhContributionCentimes: 2_000_000n, beneficiaryContributionCentimes: 1_000_000n,
  partnerContributions: [], tranches: [], ...patch,
});

beforeAll(async () => {
  f = await setUpDashboardFixture();
});

describe("grant summaries", () => {
  it("hold the fixture's grants: counts add up to Grant's, cancelled ones apart", async () => {
    const s = await summaries();
    expect(s.grant.reduce((n, r) => n + r.grantCount, 0)).toBe(await getDb().grant.count());
    expect(s.sector.reduce((n, r) => n + r.grantCount, 0)).toBe(6);
    expect(s.communeSector.reduce((n, r) => n + r.grantCount, 0)).toBe(6);
    expect(s.grant.filter((r) => r.status === "CANCELLED").map((r) => r.grantCount)).toEqual([1]);
    // D has only a cancelled grant: it has no counted grant.
    expect(s.cooperatives).toEqual([
      { registerNumber: "A", countedGrants: 2, isFunded: true }, { registerNumber: "B", countedGrants: 1, isFunded: true },
      { registerNumber: "C", countedGrants: 1, isFunded: true }, { registerNumber: "D", countedGrants: 0, isFunded: false },
      { registerNumber: "E", countedGrants: 1, isFunded: true },
    ]);
    // g3 has no axis: its row is keyed by axis 0, and its sums are exact beyond 2^53.
    const noAxis = s.grant.filter((r) => r.axisId === 0);
    expect(noAxis).toHaveLength(1);
    expect(noAxis[0]!.totalCostCentimes).toBe(9_007_199_254_740_993n);
  });

  it("follow updates, moves, deletions and creations, and equal a rebuild afterwards", async () => {
    const { staff, grants, cooperatives, ids } = f;
    // g1: another programme, no axis, cancelled, different amounts and tranches.
    await updateGrant(staff, grants.g1, {
      ...grantInput({ cooperativeId: cooperatives.A, programmeId: ids.p22, status: "CANCELLED", approvedOn: day("2017-03-03") }),
      tranches: [{ plannedOn: day("2017-04-01"), amountCentimes: 1_000_000n, paidOn: day("2017-04-02") }],
      version: 1,
    });
    // A moves to another commune and sector: its remaining grant g2 follows.
    const a = await getDb().cooperative.findUniqueOrThrow({ where: { id: cooperatives.A } });
    await updateCooperative(staff, cooperatives.A, {
      registerNumber: a.registerNumber, nameAr: a.nameAr, nameFr: a.nameFr, sectorId: ids.crafts, communeId: ids.assilah, placeId: null,
      foundedOn: null, members: a.members, womenMembers: a.womenMembers, youngMembers: a.youngMembers,
      contactName: null, contactPhone: null, contactEmail: null, version: a.version,
    });
    await deleteGrant(staff, grants.g4, { reason: "Doublon", version: 1 });
    await createGrant(staff, grantInput({ cooperativeId: cooperatives.D, programmeId: ids.p33, axisId: ids.employability }));

    const maintained = await summaries();
    expect(maintained.cooperatives).toEqual([
      { registerNumber: "A", countedGrants: 1, isFunded: true }, { registerNumber: "B", countedGrants: 1, isFunded: true },
      { registerNumber: "C", countedGrants: 0, isFunded: false }, { registerNumber: "D", countedGrants: 1, isFunded: true },
      { registerNumber: "E", countedGrants: 1, isFunded: true },
    ]);
    // No row is left with nothing in it (deleted and moved-away groups disappear).
    expect(maintained.grant.every((r) => r.grantCount > 0)).toBe(true);
    expect(maintained.sector.every((r) => r.grantCount > 0)).toBe(true);
    expect(maintained.communeSector.every((r) => r.grantCount > 0)).toBe(true);
    // g2 is now counted in Assilah under crafts, and nothing is left in Tanger.
    expect(maintained.grant.some((r) => r.communeId === ids.tanger)).toBe(false);
    expect(maintained.communeSector.filter((r) => r.communeId === ids.assilah && r.sectorId === ids.crafts).length).toBeGreaterThan(1);
    expect(maintained.sector.some((r) => r.sectorId === ids.agriculture && r.grantCount === 2)).toBe(false);

    await getDb().$transaction((tx) => rebuildGrantSummaries(tx));
    expect(await summaries()).toEqual(maintained);
  });

  it("leave the summaries untouched when a cooperative's name alone changes", async () => {
    const before = await summaries();
    const b = await getDb().cooperative.findUniqueOrThrow({ where: { id: f.cooperatives.B } });
    await updateCooperative(f.staff, b.id, {
      registerNumber: b.registerNumber, nameAr: "اسم جديد", nameFr: "Nouveau nom", sectorId: b.sectorId, communeId: b.communeId, placeId: null,
      foundedOn: null, members: b.members, womenMembers: b.womenMembers, youngMembers: b.youngMembers,
      contactName: null, contactPhone: null, contactEmail: null, version: b.version,
    });
    expect(await summaries()).toEqual(before);
  });
});
