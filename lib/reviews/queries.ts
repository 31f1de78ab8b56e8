import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { averageScore } from "@/lib/reviews/score";

export type CriterionView = { id: number; position: number; label: string; weight: number };
export type ReviewView = {
  id: number; reviewerId: number; reviewerName: string; hasConflict: boolean; conflictNote: string | null; comment: string;
  totalScore: number | null; submittedAt: Date | null; version: number; scores: Record<number, number>;
};
export type ApplicationReviews = {
  criteria: CriterionView[];
  reviews: ReviewView[];
  /** The signed-in user's own review, if they opened one. */
  own: ReviewView | null;
  average: number | null;
  /** Reviews can be written: the application is eligible and not yet on a committee agenda. */
  open: boolean;
};

/** The call's grid and every review of an application of the user's prefecture (null otherwise). */
export async function getApplicationReviews(user: SessionUser, applicationId: number, locale: AppLocale): Promise<ApplicationReviews | null> {
  const a = await getDb().application.findFirst({
    where: { id: applicationId, ...prefectureScope(user) },
    select: {
      status: true,
      _count: { select: { agendaItems: true } },
      call: { select: { criteria: { orderBy: { position: "asc" }, select: { id: true, position: true, labelAr: true, labelFr: true, weight: true } } } },
      reviews: {
        orderBy: { id: "asc" },
        select: {
          id: true, reviewerId: true, hasConflict: true, conflictNote: true, comment: true, totalScore: true, submittedAt: true, version: true,
          reviewer: { select: { name: true } }, scores: { select: { criterionId: true, score: true } },
        },
      },
    },
  });
  if (!a) return null;
  const reviews: ReviewView[] = a.reviews.map((r) => ({
    id: r.id, reviewerId: r.reviewerId, reviewerName: r.reviewer.name, hasConflict: r.hasConflict, conflictNote: r.conflictNote, comment: r.comment,
    totalScore: r.totalScore, submittedAt: r.submittedAt, version: r.version, scores: Object.fromEntries(r.scores.map((s) => [s.criterionId, s.score])),
  }));
  return {
    criteria: a.call.criteria.map((c) => ({ id: c.id, position: c.position, label: localized(locale, c.labelAr, c.labelFr), weight: c.weight })),
    reviews,
    own: reviews.find((r) => r.reviewerId === user.id) ?? null,
    average: averageScore(reviews.filter((r) => !r.hasConflict).map((r) => r.totalScore)),
    open: a.status === "ELIGIBLE" && a._count.agendaItems === 0,
  };
}
