// Fills with at least 3:1 contrast against white and between neighbours (WCAG 1.4.11); text on bars is
// white only on the dark fills. The brand green leads, the INDH ochre follows, then a neutral slate.
export const SERIES = ["#0b5a40", "#8a5a00", "#475569", "#1d4ed8"] as const;
export const TRACK = "#e2e8f0";
export const GRID = "#cbd5e1";
export const INK = "#1e293b"; // slate-800: text on white
export const HALO = "#ffffff";

export function seriesColor(index: number): string {
  return SERIES[index % SERIES.length]!;
}
