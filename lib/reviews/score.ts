// A review's total: each criterion scored 0-10, weighted (weights of a call add up to 100), out of 100.
// sum(score x weight) is an integer out of 1000; dividing by 10 and rounding half up keeps the stored total
// an integer (8, 6, 7 on 40/30/30 -> 710 -> 71).

export const MAX_CRITERION_SCORE = 10;

export function totalScore(lines: { score: number; weight: number }[]): number {
  const sum = lines.reduce((total, line) => total + line.score * line.weight, 0);
  return Math.floor((sum + 5) / 10);
}

/** The mean of the submitted totals, to one decimal, or null when nobody has scored yet. */
export function averageScore(totals: (number | null)[]): number | null {
  const given = totals.filter((t): t is number => t !== null);
  if (given.length === 0) return null;
  return Math.round((given.reduce((a, b) => a + b, 0) * 10) / given.length) / 10;
}
