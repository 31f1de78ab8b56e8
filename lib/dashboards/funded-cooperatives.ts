import "server-only";
// Cooperatives funded: those with at least one counted grant, grouped by commune and the women-led / youth
// facts, so one query gives all five headline counts. A distinct count cannot be added up from summary
// rows, so it is asked of Cooperative: through its isFunded fact when no filter looks at the grants
// themselves (the usual view: an index-only count), else with an EXISTS on each cooperative's grants.
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DashboardReference } from "@/lib/dashboards/dashboard-reference";
import type { DashboardWhere, KeyCondition, PlaceCondition } from "@/lib/dashboards/dashboard-where";

export type FundedCooperatives = {
  cooperativesFunded: number;
  urbanCooperativesFunded: number;
  ruralCooperativesFunded: number;
  womenLedCooperatives: number;
  youthCooperatives: number;
};

type Group = { communeId: number; isWomenLed: boolean; isYouth: boolean; cooperatives: number };

export async function countFundedCooperatives(
  prefectureId: number | undefined,
  where: DashboardWhere,
  ref: DashboardReference,
): Promise<FundedCooperatives> {
  const groups = where.filtersGrantsThemselves
    ? await groupsWithMatchingGrant(prefectureId, where)
    : await groupsWithCountedGrant(prefectureId, where.place);
  const out: FundedCooperatives = {
    cooperativesFunded: 0, urbanCooperativesFunded: 0, ruralCooperativesFunded: 0, womenLedCooperatives: 0, youthCooperatives: 0,
  };
  for (const g of groups) {
    const n = g.cooperatives;
    out.cooperativesFunded += n;
    const zone = ref.zoneOfCommune.get(g.communeId);
    if (zone === "URBAN") out.urbanCooperativesFunded += n;
    if (zone === "RURAL") out.ruralCooperativesFunded += n;
    if (g.isWomenLed) out.womenLedCooperatives += n;
    if (g.isYouth) out.youthCooperatives += n;
  }
  return out;
}

async function groupsWithCountedGrant(prefectureId: number | undefined, place: PlaceCondition[]): Promise<Group[]> {
  const groups = await getDb().cooperative.groupBy({
    by: ["communeId", "isWomenLed", "isYouth"],
    where: { ...(prefectureId !== undefined && { prefectureId }), isFunded: true, AND: place },
    _count: { _all: true },
  });
  return groups.map(({ _count, ...g }) => ({ ...g, cooperatives: _count._all }));
}

/**
 * Raw SQL because Prisma writes `grants: { some }` as `id IN (SELECT cooperativeId FROM Grant ...)`, which
 * SQLite materialises over every matching grant of every prefecture (90 ms on the benchmark), where an
 * EXISTS probes the (cooperativeId, status, approvalYear) index once per cooperative of the chosen places.
 * Plain SQL that SQLite and PostgreSQL both run.
 */
async function groupsWithMatchingGrant(prefectureId: number | undefined, where: DashboardWhere): Promise<Group[]> {
  const cooperative = [
    Prisma.sql`c."isFunded" = TRUE`,
    ...(prefectureId === undefined ? [] : [Prisma.sql`c."prefectureId" = ${prefectureId}`]),
    ...where.place.map((p) => conditionSql("c", p)),
  ];
  const grant = [Prisma.sql`g."cooperativeId" = c."id"`, ...where.grantConditions.map((k) => conditionSql("g", k))];
  const rows = await getDb().$queryRaw<{ communeId: number; isWomenLed: unknown; isYouth: unknown; cooperatives: number | bigint }[]>`
    SELECT c."communeId" AS "communeId", c."isWomenLed" AS "isWomenLed", c."isYouth" AS "isYouth", COUNT(*) AS "cooperatives"
    FROM "Cooperative" c
    WHERE ${Prisma.join(cooperative, " AND ")}
      AND EXISTS (SELECT 1 FROM "Grant" g WHERE ${Prisma.join(grant, " AND ")})
    GROUP BY c."communeId", c."isWomenLed", c."isYouth"`;
  // SQLite returns booleans as 0/1 and counts as bigint; PostgreSQL as booleans and bigint.
  return rows.map((r) => ({
    communeId: Number(r.communeId),
    isWomenLed: Boolean(Number(r.isWomenLed)),
    isYouth: Boolean(Number(r.isYouth)),
    cooperatives: Number(r.cooperatives),
  }));
}

/** One filter condition (see dashboard-where.ts) as SQL on the table aliased `alias` (also outcome-queries.ts). */
export function conditionSql(alias: "c" | "g", condition: KeyCondition): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  for (const [column, test] of Object.entries(condition) as [keyof KeyCondition, KeyCondition[keyof KeyCondition]][]) {
    const col = Prisma.raw(`${alias}."${column}"`);
    if (test === undefined) continue;
    if (typeof test === "number" || typeof test === "string") parts.push(Prisma.sql`${col} = ${test}`);
    else if ("in" in test) parts.push(test.in.length === 0 ? Prisma.sql`1 = 0` : Prisma.sql`${col} IN (${Prisma.join(test.in)})`);
    else if ("not" in test) parts.push(Prisma.sql`${col} <> ${test.not}`);
    else {
      if (test.gte !== undefined) parts.push(Prisma.sql`${col} >= ${test.gte}`);
      if (test.lte !== undefined) parts.push(Prisma.sql`${col} <= ${test.lte}`);
    }
  }
  return parts.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(parts, " AND ");
}
