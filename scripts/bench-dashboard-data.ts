// Deterministic benchmark data for scripts/bench-dashboard.ts: extra prefectures, 20,000 cooperatives and
// 100,000 grants with partners and tranches, written with createMany in batches, facts filled as the app
// would fill them (grantFacts / cooperativeFacts), so the dashboard reads exactly what production writes.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { cooperativeFacts, grantFacts } from "@/lib/dashboards/grant-facts";
import { rebuildGrantSummaries } from "@/lib/dashboards/grant-summary";
import { Rng } from "@/prisma/seed/demo-random";
import { seedReference } from "@/prisma/seed/reference";

export const COOPERATIVES = 20_000;
export const GRANTS = 100_000;
const EXTRA_PREFECTURES = 3;
const BATCH = 1_000;
const STATUSES = ["APPROVED", "IN_PROGRESS", "COMPLETED"] as const;

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/** Territory: the seeded prefecture plus three more of ten communes each (every other one rural). */
async function territory(db: PrismaClient) {
  const { prefectureId } = await seedReference(db);
  const regionId = (await db.region.findFirstOrThrow()).id;
  for (let p = 1; p <= EXTRA_PREFECTURES; p++) {
    const pref = await db.prefecture.create({ data: { code: `BENCH-${p}`, nameAr: `عمالة ${p}`, nameFr: `Préfecture ${p}`, regionId } });
    await db.commune.createMany({
      data: Array.from({ length: 10 }, (_, c) => ({
        prefectureId: pref.id, code: `C${c}`, nameAr: `جماعة ${p}-${c}`, nameFr: `Commune ${p}-${c}`,
        legalStatus: c % 2 ? "RURAL_COMMUNE" : "URBAN_MUNICIPALITY", setting: c % 2 ? "RURAL" : "URBAN",
      })),
    });
    await db.organisation.createMany({ data: ["A", "B", "C"].map((code) => ({ prefectureId: pref.id, code, kind: "OTHER", nameAr: code, nameFr: code })) });
  }
  const [communes, sectors, organisations, programmes] = await Promise.all([
    db.commune.findMany({ select: { id: true, prefectureId: true } }),
    db.sector.findMany({ select: { id: true } }),
    db.organisation.findMany({ select: { id: true, prefectureId: true } }),
    db.programme.findMany({ select: { id: true, number: true, phase: { select: { number: true } }, axes: { select: { id: true } } } }),
  ]);
  return { prefectureId, communes, sectors, organisations, programmes };
}

export async function generateBenchData(db: PrismaClient): Promise<{ prefectureId: number }> {
  const rng = new Rng(20_260_101);
  const ref = await territory(db);
  const orgsOf = (prefectureId: number) => ref.organisations.filter((o) => o.prefectureId === prefectureId);
  const phase = (n: number) => ref.programmes.filter((p) => p.phase.number === n && p.axes.length > 0);

  const cooperatives = Array.from({ length: COOPERATIVES }, (_, i) => {
    // The seeded prefecture holds about 40 % of the records, like a large prefecture next to smaller ones.
    const commune = rng.chance(0.4) ? rng.pick(ref.communes.filter((c) => c.prefectureId === ref.prefectureId)) : rng.pick(ref.communes);
    const members = rng.int(7, 60);
    const counts = { members, womenMembers: rng.int(0, members), youngMembers: rng.int(0, members) };
    return {
      id: i + 1, prefectureId: commune.prefectureId, registerNumber: `B-${i + 1}`, nameAr: `تعاونية ${i + 1}`, nameFr: `Coopérative ${i + 1}`,
      sectorId: rng.pick(ref.sectors).id, communeId: commune.id, ...counts, ...cooperativeFacts(counts),
    };
  });
  await db.$transaction((tx) => inBatches(cooperatives, (data) => tx.cooperative.createMany({ data })), { timeout: 600_000 });

  const grants: Prisma.GrantCreateManyInput[] = [];
  const partners: Prisma.GrantPartnerContributionCreateManyInput[] = [];
  const tranches: Prisma.GrantTrancheCreateManyInput[] = [];
  for (let id = 1; id <= GRANTS; id++) {
    const coop = rng.pick(cooperatives);
    const year = rng.int(2008, 2025);
    const programme = rng.pick(phase(year >= 2019 ? 3 : 2));
    const approvedOn = new Date(Date.UTC(year, rng.int(0, 11), rng.int(1, 28)));
    const indh = BigInt(rng.int(50_000, 300_000)) * 100n;
    const beneficiary = BigInt(rng.int(5_000, 50_000)) * 100n;
    const rows = orgsOf(coop.prefectureId).slice(0, rng.int(0, 2)).map((o) => ({ organisationId: o.id, amountCentimes: BigInt(rng.int(1_000, 40_000)) * 100n }));
    const first = indh / 2n, paid = year < 2024 || rng.chance(0.5);
    const own = [
      { position: 1, plannedOn: approvedOn, amountCentimes: first, paidOn: paid ? approvedOn : null },
      { position: 2, plannedOn: new Date(Date.UTC(year + 1, 0, 15)), amountCentimes: indh - first, paidOn: year < 2023 ? new Date(Date.UTC(year + 1, 0, 15)) : null },
    ];
    const total = indh + beneficiary + rows.reduce((s, r) => s + r.amountCentimes, 0n);
    const status = rng.chance(0.03) ? "CANCELLED" : year < 2022 ? "COMPLETED" : rng.pick(STATUSES);
    grants.push({
      id, prefectureId: coop.prefectureId, cooperativeId: coop.id, programmeId: programme.id, axisId: rng.pick(programme.axes).id,
      titleAr: `مشروع ${id}`, titleFr: `Projet ${id}`, approvedOn, status, totalCostCentimes: total, indhContributionCentimes: indh,
      beneficiaryContributionCentimes: beneficiary, searchText: `projet ${id}`, isDemo: rng.chance(0.1),
      ...grantFacts({ approvedOn, partnerContributions: rows, tranches: own }, coop),
    });
    partners.push(...rows.map((r) => ({ grantId: id, ...r })));
    tranches.push(...own.map((t) => ({ grantId: id, ...t })));
  }
  // One transaction: one commit (one fsync) instead of one per batch.
  await db.$transaction(async (tx) => {
    await inBatches(grants, (data) => tx.grant.createMany({ data }));
    await inBatches(partners, (data) => tx.grantPartnerContribution.createMany({ data }));
    await inBatches(tranches, (data) => tx.grantTranche.createMany({ data }));
    await rebuildGrantSummaries(tx);
  }, { timeout: 600_000 });
  return { prefectureId: ref.prefectureId };
}
