import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { reportedFiguresOf, type ReportedFigures } from "@/lib/reconciliation/compare";

export type ReportedPresentation = {
  id: number;
  eventId: number;
  eventTitle: string;
  prefectureId: number;
  position: number;
  title: string;
  reported: ReportedFigures;
};

/** Presentations (of events the user may see) that stated figures, to reconcile them with the records. */
export async function listReportedPresentations(user: SessionUser, locale: AppLocale, prefectureId?: number): Promise<ReportedPresentation[]> {
  const scope = user.isNational ? (prefectureId === undefined ? {} : { prefectureId }) : prefectureScope(user);
  const rows = await getDb().presentation.findMany({
    where: {
      event: scope,
      OR: [
        { reportedCooperativesFunded: { not: null } },
        { reportedTotalEnvelopeCentimes: { not: null } },
        { reportedIndhContributionCentimes: { not: null } },
      ],
    },
    orderBy: [{ event: { startsAt: "desc" } }, { position: "asc" }],
    take: 20,
    include: { event: { select: { id: true, titleAr: true, titleFr: true, prefectureId: true } } },
  });
  return rows.map((p) => ({
    id: p.id,
    eventId: p.event.id,
    eventTitle: localized(locale, p.event.titleAr, p.event.titleFr),
    prefectureId: p.event.prefectureId,
    position: p.position,
    title: localized(locale, p.titleAr, p.titleFr),
    reported: reportedFiguresOf(p),
  }));
}
