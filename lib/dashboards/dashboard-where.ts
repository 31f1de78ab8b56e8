// The dashboard filters as Prisma `where` clauses on the columns Grant and its summaries share (prefecture,
// commune, programme, axis, approval year, status). Zone and phase are not columns: they become the ids of
// the communes of that setting and of the programmes of that phase (see schema.prisma).
import type { SessionUser } from "@/lib/auth/types";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import type { DashboardReference } from "@/lib/dashboards/dashboard-reference";

/** Non-national users always see their own prefecture, whatever the URL says; national users may pick one. */
export function scopedPrefectureId(user: SessionUser, filters: DashboardFilters): number | undefined {
  return user.isNational ? filters.prefectureId : user.prefectureId;
}

/** The commune and zone filters: conditions on communeId, a column of Cooperative too. */
export type PlaceCondition = { communeId: number | { in: number[] } };

/** A condition on the shared key columns, so it types as a where of Grant, GrantSummary and GrantSectorSummary. */
export type KeyCondition = {
  prefectureId?: number;
  approvalYear?: { gte?: number; lte?: number };
  programmeId?: number | { in: number[] };
  axisId?: number;
  communeId?: number | { in: number[] };
  status?: string | { not: string };
};
export type KeyWhere = { AND: KeyCondition[] };

export type DashboardWhere = {
  /** Every filter, status included: what `cancelled` and the demo flag look at. */
  filtered: KeyWhere;
  /** The grants every total counts: the filtered ones that are not cancelled. */
  counted: KeyWhere;
  /**
   * The conditions of `counted` on the grants themselves (no prefecture, commune or zone: those are the
   * cooperative's), for an EXISTS on the grants of a cooperative already chosen by place.
   */
  grantConditions: KeyCondition[];
  /**
   * Whether a filter looks at the grants rather than at their cooperative (commune and zone are the
   * cooperative's). Without one, "funded" is simply "has a counted grant": Cooperative.countedGrants > 0.
   */
  filtersGrantsThemselves: boolean;
  /** The commune and zone filters alone: conditions on communeId, of the grant or of its cooperative. */
  place: PlaceCondition[];
};

export function dashboardWhere(prefectureId: number | undefined, filters: DashboardFilters, ref: DashboardReference): DashboardWhere {
  const grantLevel: KeyCondition[] = [];
  if (filters.fromYear !== undefined || filters.toYear !== undefined) {
    grantLevel.push({ approvalYear: { gte: filters.fromYear, lte: filters.toYear } });
  }
  if (filters.programmeId !== undefined) grantLevel.push({ programmeId: filters.programmeId });
  if (filters.phaseId !== undefined) {
    grantLevel.push({ programmeId: { in: ref.programmes.filter((p) => p.phaseId === filters.phaseId).map((p) => p.id) } });
  }
  if (filters.axisId !== undefined) grantLevel.push({ axisId: filters.axisId });
  const place: PlaceCondition[] = [];
  if (filters.communeId !== undefined) place.push({ communeId: filters.communeId });
  if (filters.zone !== undefined) {
    place.push({ communeId: { in: ref.communes.filter((c) => c.setting === filters.zone).map((c) => c.id) } });
  }
  if (filters.status !== undefined) grantLevel.push({ status: filters.status });
  const and = [...grantLevel, ...place];
  const notCancelled: KeyCondition = { status: { not: "CANCELLED" } };
  const prefecture: KeyCondition[] = prefectureId === undefined ? [] : [{ prefectureId }];
  return {
    filtered: { AND: [...prefecture, ...and] },
    counted: { AND: [...prefecture, ...and, notCancelled] },
    grantConditions: [...grantLevel, notCancelled],
    place,
    filtersGrantsThemselves: grantLevel.length > 0,
  };
}

/** The communes a commune breakdown lists (with zeros): those of the scope the commune and zone filters allow. */
export function listedCommunes(filters: DashboardFilters, ref: DashboardReference) {
  return ref.communes.filter(
    (c) => (filters.communeId === undefined || c.id === filters.communeId) && (filters.zone === undefined || c.setting === filters.zone),
  );
}
