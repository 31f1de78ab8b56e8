import "server-only";
// Cooperatives funded: those with at least one counted grant (an EXISTS per cooperative in the database),
// grouped by commune and the women-led / youth facts, so one query gives all five headline counts.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DashboardReference } from "@/lib/dashboards/dashboard-reference";

export type FundedCooperatives = {
  cooperativesFunded: number;
  urbanCooperativesFunded: number;
  ruralCooperativesFunded: number;
  womenLedCooperatives: number;
  youthCooperatives: number;
};

export async function countFundedCooperatives(
  prefectureId: number | undefined,
  /** The counted grants' filter, without the prefecture (the cooperative carries it). */
  counted: Prisma.GrantWhereInput,
  ref: DashboardReference,
): Promise<FundedCooperatives> {
  const groups = await getDb().cooperative.groupBy({
    by: ["communeId", "isWomenLed", "isYouth"],
    where: { ...(prefectureId !== undefined && { prefectureId }), grants: { some: counted } },
    _count: { _all: true },
  });
  const out: FundedCooperatives = {
    cooperativesFunded: 0, urbanCooperativesFunded: 0, ruralCooperativesFunded: 0, womenLedCooperatives: 0, youthCooperatives: 0,
  };
  for (const g of groups) {
    const n = g._count._all;
    out.cooperativesFunded += n;
    const zone = ref.zoneOfCommune.get(g.communeId);
    if (zone === "URBAN") out.urbanCooperativesFunded += n;
    if (zone === "RURAL") out.ruralCooperativesFunded += n;
    if (g.isWomenLed) out.womenLedCooperatives += n;
    if (g.isYouth) out.youthCooperatives += n;
  }
  return out;
}
