import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";

/**
 * The approval years of the user's grants, newest first: the year filter of the grants and cooperatives
 * lists. The first and the last grant in approval order, each one row read from an index: Grant(prefectureId,
 * approvalYear) within a prefecture, Grant(approvedOn) across the country (approvalYear is approvedOn's year).
 * Prisma's MIN/MAX aggregate wraps its query in a subquery that no index serves: it read every grant
 * (50-130 ms at 1,000,000 grants, bench:national), and every grant summary when asked of those.
 */
export async function approvalYearsNewestFirst(user: SessionUser): Promise<number[]> {
  const grant = getDb().grant;
  const [first, last] = await Promise.all(
    (["asc", "desc"] as const).map((direction) =>
      user.isNational
        ? grant.findFirst({ orderBy: { approvedOn: direction }, select: { approvalYear: true } })
        : grant.findFirst({ where: { prefectureId: user.prefectureId }, orderBy: { approvalYear: direction }, select: { approvalYear: true } }),
    ),
  );
  if (!first || !last) return [];
  return Array.from({ length: last.approvalYear - first.approvalYear + 1 }, (_, i) => last.approvalYear - i);
}
