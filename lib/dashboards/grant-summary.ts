// Keeps the dashboard summaries (GrantSummary, GrantSectorSummary, GrantCommuneSectorSummary and
// Cooperative.countedGrants / isFunded, see prisma/schema.prisma) in step with Grant, inside the
// transaction of every grant write.
//
// A write reads the touched grants' contributions (grouped by every summary key) before and after, and adds
// the difference to the summary rows as increments. Increments rather than recomputed values: two
// concurrent writes to the same summary row both land, where "recompute and store" would let the last
// writer erase the other's grant (PostgreSQL runs transactions side by side; SQLite serialises them).
// No "server-only": the seed and the benchmark call rebuildGrantSummaries.
import type { Prisma } from "@/lib/generated/prisma/client";
import { SUMMED } from "@/lib/dashboards/dashboard-totals";

type Tx = Prisma.TransactionClient;
type MeasureName = keyof typeof SUMMED;
const MEASURE_NAMES = Object.keys(SUMMED) as MeasureName[];

type Measures = { grantCount: number } & Record<MeasureName, bigint>;

/** The keys of one group of grants: every column some summary is keyed by. */
type ContributionKey = {
  prefectureId: number;
  communeId: number;
  sectorId: number;
  programmeId: number;
  /** 0 when the grants have no axis, as in the summary tables. */
  axisId: number;
  approvalYear: number;
  status: string;
  isDemo: boolean;
  cooperativeId: number;
};

/** What a set of grants adds to the summaries, one entry per distinct key. */
export type GrantContribution = { key: ContributionKey; measures: Measures };

/** The contributions of the grants `where` selects, read inside the write's transaction. */
export async function grantContributions(tx: Tx, where: Prisma.GrantWhereInput): Promise<GrantContribution[]> {
  const groups = await tx.grant.groupBy({
    by: ["prefectureId", "communeId", "sectorId", "programmeId", "axisId", "approvalYear", "status", "isDemo", "cooperativeId"],
    where,
    _count: { _all: true },
    _sum: SUMMED,
  });
  return groups.map(({ _count, _sum, axisId, ...key }) => ({
    key: { ...key, axisId: axisId ?? 0 },
    measures: {
      grantCount: _count._all,
      ...(Object.fromEntries(MEASURE_NAMES.map((m) => [m, _sum[m] ?? 0n])) as Record<MeasureName, bigint>),
    },
  }));
}

const ZERO: Measures = {
  grantCount: 0,
  ...(Object.fromEntries(MEASURE_NAMES.map((m) => [m, 0n])) as Record<MeasureName, bigint>),
};

function addMeasures(a: Measures, b: Measures, sign: 1 | -1): Measures {
  const out = { ...a, grantCount: a.grantCount + sign * b.grantCount };
  for (const m of MEASURE_NAMES) out[m] = a[m] + BigInt(sign) * b[m];
  return out;
}

const isZero = (m: Measures) => m.grantCount === 0 && MEASURE_NAMES.every((n) => m[n] === 0n);

/** after − before, added up under the key `keyOf` picks, without the keys whose difference is nothing. */
function differences<K>(before: GrantContribution[], after: GrantContribution[], keyOf: (k: ContributionKey) => K) {
  const byKey = new Map<string, { key: K; delta: Measures }>();
  const add = (c: GrantContribution, sign: 1 | -1) => {
    const key = keyOf(c.key);
    const id = JSON.stringify(key);
    const entry = byKey.get(id) ?? { key, delta: ZERO };
    byKey.set(id, { key, delta: addMeasures(entry.delta, c.measures, sign) });
  };
  before.forEach((c) => add(c, -1));
  after.forEach((c) => add(c, 1));
  return [...byKey.values()].filter((d) => !isZero(d.delta));
}

const increments = (delta: Measures) => ({
  grantCount: { increment: delta.grantCount },
  ...(Object.fromEntries(MEASURE_NAMES.map((m) => [m, { increment: delta[m] }])) as Record<MeasureName, { increment: bigint }>),
});

// One entry per summary table: which keys it keeps, and its writes (Prisma names each compound key).
type Summary<K> = {
  keyOf: (k: ContributionKey) => K;
  upsert: (tx: Tx, key: K, delta: Measures) => Promise<unknown>;
  deleteEmpty: (tx: Tx, key: K) => Promise<unknown>;
};
const summary = <K>(s: Summary<K>) => s;

const SUMMARIES = [
  summary({
    keyOf: ({ prefectureId, communeId, programmeId, axisId, approvalYear, status, isDemo }) =>
      ({ prefectureId, communeId, programmeId, axisId, approvalYear, status, isDemo }),
    upsert: (tx, key, delta) => tx.grantSummary.upsert({
      where: { prefectureId_communeId_programmeId_axisId_approvalYear_status_isDemo: key },
      create: { ...key, ...delta },
      update: increments(delta),
    }),
    deleteEmpty: (tx, key) => tx.grantSummary.deleteMany({ where: { ...key, grantCount: 0 } }),
  }),
  summary({
    keyOf: ({ prefectureId, sectorId, programmeId, axisId, approvalYear, status }) =>
      ({ prefectureId, sectorId, programmeId, axisId, approvalYear, status }),
    upsert: (tx, key, delta) => tx.grantSectorSummary.upsert({
      where: { prefectureId_sectorId_programmeId_axisId_approvalYear_status: key },
      create: { ...key, ...delta },
      update: increments(delta),
    }),
    deleteEmpty: (tx, key) => tx.grantSectorSummary.deleteMany({ where: { ...key, grantCount: 0 } }),
  }),
  summary({
    keyOf: ({ prefectureId, communeId, sectorId, programmeId, axisId, approvalYear, status }) =>
      ({ prefectureId, communeId, sectorId, programmeId, axisId, approvalYear, status }),
    upsert: (tx, key, delta) => tx.grantCommuneSectorSummary.upsert({
      where: { prefectureId_communeId_sectorId_programmeId_axisId_approvalYear_status: key },
      create: { ...key, ...delta },
      update: increments(delta),
    }),
    deleteEmpty: (tx, key) => tx.grantCommuneSectorSummary.deleteMany({ where: { ...key, grantCount: 0 } }),
  }),
];

/** Adds a write's difference to the summaries; rows left with no grant are deleted. */
export async function applyGrantChange(tx: Tx, before: GrantContribution[], after: GrantContribution[]): Promise<void> {
  for (const table of SUMMARIES as Summary<unknown>[]) {
    for (const { key, delta } of differences(before, after, table.keyOf)) {
      await table.upsert(tx, key, delta);
      if (delta.grantCount < 0) await table.deleteEmpty(tx, key);
    }
  }
  // Cooperative.countedGrants / isFunded: its grants that are not cancelled. Raw SQL so that the increment
  // does not touch the cooperative's updatedAt (Prisma sets it on every update): nobody edited the
  // cooperative. Both right-hand sides read the row as it was before this statement.
  const counted = (c: GrantContribution) => (c.key.status === "CANCELLED" ? [] : [c]);
  const byCooperative = differences(before.flatMap(counted), after.flatMap(counted), (k) => k.cooperativeId);
  for (const { key: cooperativeId, delta } of byCooperative) {
    const d = delta.grantCount;
    if (d === 0) continue;
    await tx.$executeRaw`UPDATE "Cooperative" SET "countedGrants" = "countedGrants" + ${d}, "isFunded" = ("countedGrants" + ${d} > 0) WHERE "id" = ${cooperativeId}`;
  }
}

const SUMS = `COUNT(*), ${MEASURE_NAMES.map((m) => `SUM("${m}")`).join(", ")}`;
const SUM_COLUMNS = `"grantCount", ${MEASURE_NAMES.map((m) => `"${m}"`).join(", ")}`;
const columns = (names: string[]) => names.map((n) => (n === "axisId" ? `COALESCE("axisId", 0)` : `"${n}"`)).join(", ");
const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(", ");
const REBUILT: [table: string, keys: string[]][] = [
  ["GrantSummary", ["prefectureId", "communeId", "programmeId", "axisId", "approvalYear", "status", "isDemo"]],
  ["GrantSectorSummary", ["prefectureId", "sectorId", "programmeId", "axisId", "approvalYear", "status"]],
  ["GrantCommuneSectorSummary", ["prefectureId", "communeId", "sectorId", "programmeId", "axisId", "approvalYear", "status"]],
];

/**
 * Recomputes every summary from Grant, for bulk writes that bypass the mutations (seed, demo removal,
 * benchmark data). The same SQL as the dashboard_summaries migration's backfill; plain SQL that SQLite and
 * PostgreSQL both run.
 */
export async function rebuildGrantSummaries(tx: Tx): Promise<void> {
  const rebuild = (table: string, keys: string[]) =>
    `INSERT INTO "${table}" (${quoted(keys)}, ${SUM_COLUMNS}) SELECT ${columns(keys)}, ${SUMS} FROM "Grant" GROUP BY ${columns(keys)}`;
  for (const [table, keys] of REBUILT) {
    await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
    await tx.$executeRawUnsafe(rebuild(table, keys));
  }
  await tx.$executeRawUnsafe(
    `UPDATE "Cooperative" SET "countedGrants" = (SELECT COUNT(*) FROM "Grant" g WHERE g."cooperativeId" = "Cooperative"."id" AND g."status" <> 'CANCELLED')`,
  );
  await tx.$executeRawUnsafe(`UPDATE "Cooperative" SET "isFunded" = ("countedGrants" > 0)`);
}
