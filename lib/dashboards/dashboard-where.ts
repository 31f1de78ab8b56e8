// The dashboard filters as Prisma `where` clauses on Grant. Zone and phase are not columns of Grant: they
// become the ids of the communes of that setting and of the programmes of that phase (see schema.prisma).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import type { DashboardReference } from "@/lib/dashboards/dashboard-reference";

/** Non-national users always see their own prefecture, whatever the URL says; national users may pick one. */
export function scopedPrefectureId(user: SessionUser, filters: DashboardFilters): number | undefined {
  return user.isNational ? filters.prefectureId : user.prefectureId;
}

export type DashboardWhere = {
  /** Every filter, status included: what `cancelled` and the demo flag look at. */
  filtered: Prisma.GrantWhereInput;
  /** The grants every total counts: the filtered ones that are not cancelled. */
  counted: Prisma.GrantWhereInput;
  /**
   * `counted` without the prefecture, for EXISTS under a cooperative of that prefecture (its grants are
   * in it). With it, SQLite probes the (prefectureId, ...) index, scanning the prefecture once per cooperative.
   */
  countedOfCooperative: Prisma.GrantWhereInput;
};

export function dashboardWhere(prefectureId: number | undefined, filters: DashboardFilters, ref: DashboardReference): DashboardWhere {
  const and: Prisma.GrantWhereInput[] = [];
  if (filters.fromYear !== undefined || filters.toYear !== undefined) {
    and.push({ approvalYear: { gte: filters.fromYear, lte: filters.toYear } });
  }
  if (filters.programmeId !== undefined) and.push({ programmeId: filters.programmeId });
  if (filters.phaseId !== undefined) {
    and.push({ programmeId: { in: ref.programmes.filter((p) => p.phaseId === filters.phaseId).map((p) => p.id) } });
  }
  if (filters.axisId !== undefined) and.push({ axisId: filters.axisId });
  if (filters.communeId !== undefined) and.push({ communeId: filters.communeId });
  if (filters.zone !== undefined) {
    and.push({ communeId: { in: ref.communes.filter((c) => c.setting === filters.zone).map((c) => c.id) } });
  }
  if (filters.status !== undefined) and.push({ status: filters.status });
  const notCancelled: Prisma.GrantWhereInput = { status: { not: "CANCELLED" } };
  const prefecture: Prisma.GrantWhereInput[] = prefectureId === undefined ? [] : [{ prefectureId }];
  return {
    filtered: { AND: [...prefecture, ...and] },
    counted: { AND: [...prefecture, ...and, notCancelled] },
    countedOfCooperative: { AND: [...and, notCancelled] },
  };
}

/** The communes a commune breakdown lists (with zeros): those of the scope the commune and zone filters allow. */
export function listedCommunes(filters: DashboardFilters, ref: DashboardReference) {
  return ref.communes.filter(
    (c) => (filters.communeId === undefined || c.id === filters.communeId) && (filters.zone === undefined || c.setting === filters.zone),
  );
}
