// How the agenda is ordered: by the application's average review score at the time the agenda is drawn
// up (or re-ranked), best first; applications nobody has scored yet go last. Pure, unit-tested.

export type ReviewForScore = { totalScore: number | null; submittedAt: Date | null; hasConflict: boolean };

/**
 * The average of the submitted reviews' totals (out of 100), rounded half up to a whole point as the agenda
 * stores it; null when no reviewer has submitted a score (a declared conflict is not a score).
 */
export function averageScore(reviews: ReviewForScore[]): { average: number; rounded: number } | null {
  const totals = reviews.filter((r) => r.submittedAt !== null && !r.hasConflict && r.totalScore !== null).map((r) => r.totalScore!);
  if (totals.length === 0) return null;
  const average = totals.reduce((a, b) => a + b, 0) / totals.length;
  return { average, rounded: Math.floor(average + 0.5) };
}

export type Rankable = { applicationId: number; average: number | null; submittedAt: Date };

/**
 * Ranks 1..n: higher average first (the exact average, so 74.5 comes before 74.4 though both print 75 or
 * 74); unscored last; ties by the earlier submission, then the application's id, so a re-rank is stable.
 */
export function rankOrder<T extends Rankable>(items: T[]): (T & { rank: number })[] {
  const sorted = [...items].sort((a, b) => {
    if (a.average === null || b.average === null) {
      if (a.average !== b.average) return a.average === null ? 1 : -1;
    } else if (a.average !== b.average) return b.average - a.average;
    return a.submittedAt.getTime() - b.submittedAt.getTime() || a.applicationId - b.applicationId;
  });
  return sorted.map((item, i) => ({ ...item, rank: i + 1 }));
}
