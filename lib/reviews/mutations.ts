import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import { FormRefusedError, RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { totalScore } from "@/lib/reviews/score";
import type { ConflictInput, ReviewInput } from "@/lib/reviews/schema";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

const reviewSelect = {
  id: true, applicationId: true, reviewerId: true, hasConflict: true, conflictNote: true, comment: true, totalScore: true, submittedAt: true, version: true,
  scores: { select: { criterionId: true, score: true, criterion: { select: { position: true } } } },
} as const;

type StoredReview = { id: number; applicationId: number; reviewerId: number; hasConflict: boolean; conflictNote: string | null; comment: string; totalScore: number | null; submittedAt: Date | null; version: number; scores: { criterionId: number; score: number; criterion: { position: number } }[] };

/** The trail's view of a review: scores in the grid's order ("1: 8/10; 2: 6/10..."). */
function snapshot(r: StoredReview) {
  const scores = [...r.scores].sort((a, b) => a.criterion.position - b.criterion.position).map((s) => `${s.criterion.position}: ${s.score}/10`).join("; ");
  return { applicationId: r.applicationId, reviewerId: r.reviewerId, hasConflict: r.hasConflict, conflictNote: r.conflictNote, comment: r.comment, scores, totalScore: r.totalScore, submittedAt: r.submittedAt };
}

const formValues = (r: StoredReview | null): Record<string, string> =>
  r ? { comment: r.comment, note: r.conflictNote ?? "", ...Object.fromEntries(r.scores.map((s, i) => [`scores.${i}.score`, String(s.score)])) } : {};

/**
 * The application a reviewer may work on: in their prefecture (else not found), eligible, and not yet put
 * to the committee (its file is then fixed). Returns the call's grid and the reviewer's own review.
 */
async function openFor(tx: Tx, user: SessionUser, applicationId: number) {
  const application = await tx.application.findFirst({
    where: { id: applicationId, ...prefectureScope(user) },
    select: { id: true, prefectureId: true, status: true, _count: { select: { agendaItems: true } }, call: { select: { criteria: { select: { id: true, weight: true } } } } },
  });
  if (!application) throw new RecordNotFoundError();
  if (application._count.agendaItems > 0) throw new FormRefusedError("reviews.onAgenda");
  if (application.status !== "ELIGIBLE") throw new FormRefusedError("reviews.notEligible");
  const own = (await tx.review.findUnique({ where: { applicationId_reviewerId: { applicationId, reviewerId: user.id } }, select: reviewSelect })) as StoredReview | null;
  return { application, own };
}

function checkVersion(own: StoredReview | null, version: number) {
  const expected = own?.version ?? 0;
  if (version !== expected) throw new VersionConflictError(formValues(own), expected);
}

/** Creates or replaces the reviewer's scores; refused once they declared a conflict of interest. */
export async function saveReview(user: SessionUser, applicationId: number, input: ReviewInput): Promise<{ id: number; totalScore: number }> {
  return getDb().$transaction(async (tx) => {
    const { application, own } = await openFor(tx, user, applicationId);
    if (own?.hasConflict) throw new FormRefusedError("reviews.conflictDeclared");
    checkVersion(own, input.version);
    // Every criterion of the grid, once, and nothing else: a different set means the grid changed under
    // the form (or the request was crafted).
    const weights = new Map(application.call.criteria.map((c) => [c.id, c.weight]));
    const given = input.scores.map((s) => s.criterionId);
    if (given.length !== weights.size || new Set(given).size !== given.length || !given.every((id) => weights.has(id))) {
      throw new FormRefusedError("reviews.gridChanged");
    }
    const total = totalScore(input.scores.map((s) => ({ score: s.score, weight: weights.get(s.criterionId)! })));
    const data = { comment: input.comment, totalScore: total, submittedAt: new Date() };
    let id: number;
    if (own) {
      const { count } = await tx.review.updateMany({ where: { id: own.id, version: own.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw new VersionConflictError(formValues(own), own.version + 1);
      id = own.id;
      await tx.reviewScore.deleteMany({ where: { reviewId: id } });
    } else {
      id = (await tx.review.create({ data: { ...data, applicationId, reviewerId: user.id }, select: { id: true } })).id;
    }
    await tx.reviewScore.createMany({ data: input.scores.map((s) => ({ reviewId: id, criterionId: s.criterionId, score: s.score })) });
    const after = (await tx.review.findUniqueOrThrow({ where: { id }, select: reviewSelect })) as StoredReview;
    await recordAudit(tx, { actor: user, prefectureId: application.prefectureId, action: own ? "UPDATE" : "CREATE", entityType: "Review", entityId: id, before: own ? snapshot(own) : null, after: snapshot(after) });
    return { id, totalScore: total };
  });
}

/**
 * Declares a conflict of interest: the reviewer's scores, if any, are withdrawn and they cannot score this
 * application afterwards. A declaration is final (it is kept in the trail with its note).
 */
export async function declareConflict(user: SessionUser, applicationId: number, input: ConflictInput): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const { application, own } = await openFor(tx, user, applicationId);
    if (own?.hasConflict) throw new FormRefusedError("reviews.conflictDeclared");
    checkVersion(own, input.version);
    const data = { hasConflict: true, conflictNote: input.note, totalScore: null, submittedAt: null };
    let id: number;
    if (own) {
      const { count } = await tx.review.updateMany({ where: { id: own.id, version: own.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw new VersionConflictError(formValues(own), own.version + 1);
      id = own.id;
      await tx.reviewScore.deleteMany({ where: { reviewId: id } });
    } else {
      id = (await tx.review.create({ data: { ...data, applicationId, reviewerId: user.id }, select: { id: true } })).id;
    }
    const after = (await tx.review.findUniqueOrThrow({ where: { id }, select: reviewSelect })) as StoredReview;
    await recordAudit(tx, { actor: user, prefectureId: application.prefectureId, action: own ? "UPDATE" : "CREATE", entityType: "Review", entityId: id, before: own ? snapshot(own) : null, after: snapshot(after) });
    return { id };
  });
}
