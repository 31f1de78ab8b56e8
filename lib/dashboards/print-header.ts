import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";

export type PrintPrefecture = { nameAr: string; nameFr: string } | null;

/**
 * The prefecture a printed dashboard speaks for, in both languages: the user's own, or for a national user
 * the one chosen in the filters (null: the whole country).
 */
export async function getPrintPrefecture(user: SessionUser, filters: DashboardFilters): Promise<PrintPrefecture> {
  const id = user.isNational ? filters.prefectureId : user.prefectureId;
  if (id === undefined) return null;
  return getDb().prefecture.findUnique({ where: { id }, select: { nameAr: true, nameFr: true } });
}
