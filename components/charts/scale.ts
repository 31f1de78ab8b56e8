// Chart geometry in percent of the width (so text keeps its CSS size on a phone while bars stretch) and
// mirrored for right-to-left: position 0 is the start edge, the right edge in Arabic.

/** value / max as a percentage with two decimals, computed on bigints so large amounts stay exact. */
export function percentOf(value: bigint, max: bigint): number {
  if (max <= 0n || value <= 0n) return 0;
  const clamped = value > max ? max : value;
  return Number((clamped * 10_000n) / max) / 100;
}

/** The x (in %) of a span that starts `start` % from the start edge and is `width` % wide. */
export function spanX(start: number, width: number, dir: "rtl" | "ltr"): number {
  return dir === "rtl" ? round(100 - start - width) : round(start);
}

/** The x (in %) of a point `offset` % from the start edge. */
export function pointX(offset: number, dir: "rtl" | "ltr"): number {
  return dir === "rtl" ? round(100 - offset) : round(offset);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A round axis maximum (1, 2 or 5 times a power of ten, times `steps`) at or above `max`. */
export function niceScale(max: bigint, steps = 4): { max: bigint; step: bigint } {
  if (max <= 0n) return { max: BigInt(steps), step: 1n };
  const raw = (max + BigInt(steps) - 1n) / BigInt(steps);
  let power = 1n;
  while (power * 10n <= raw) power *= 10n;
  const step = [1n, 2n, 5n, 10n].map((m) => m * power).find((s) => s >= raw)!;
  return { max: step * BigInt(steps), step };
}
