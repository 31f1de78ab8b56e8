// Small pure helpers of the call form: how many rows to show and which axes are ticked.

/** Indexes of `list.N.*` names that have some text, in order. */
function filledIndexes(source: Record<string, string>, list: string): number[] {
  const found = new Set<number>();
  for (const [key, value] of Object.entries(source)) {
    const match = new RegExp(`^${list}\\.(\\d+)\\.`).exec(key);
    if (match && value.trim() !== "") found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Rows to show: up to the last filled one, plus two blank spare rows (the form works without JavaScript,
 * so spare rows are how one adds a line), at least three, at most `max`.
 */
export function rowCount(source: Record<string, string>, list: string, max: number): number {
  const last = filledIndexes(source, list).at(-1) ?? -1;
  return Math.min(Math.max(last + 3, 3), max);
}

/** The axis ids ticked in the source (checkboxes named axes.N). */
export function checkedAxisIds(source: Record<string, string>): Set<number> {
  return new Set(
    Object.entries(source)
      .filter(([key]) => /^axes\.\d+$/.test(key))
      .map(([, value]) => Number(value))
      .filter((id) => Number.isSafeInteger(id) && id > 0),
  );
}

/** The grid's total as typed (blank or unreadable weights count 0), for the live total next to the grid. */
export function typedWeightsTotal(source: Record<string, string>): number {
  return Object.entries(source)
    .filter(([key]) => /^criteria\.\d+\.weight$/.test(key))
    .reduce((sum, [, value]) => sum + (/^\s*\d{1,3}\s*$/.test(value) ? Number(value) : 0), 0);
}
