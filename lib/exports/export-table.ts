// What the dashboard exports are made of: named tables of typed cells. Cells keep exact values
// (bigint centimes, integer counts) so that each format decides how to write them without rounding.

export type ExportCell =
  | { kind: "text"; value: string }
  | { kind: "count"; value: number }
  | { kind: "money"; centimes: bigint }
  /** part / whole, e.g. the INDH contribution over the total cost. */
  | { kind: "share"; part: bigint; whole: bigint };

export type ExportRow = { cells: ExportCell[]; total?: boolean };

export type ExportTable = {
  /** Short, unique name: the XLSX sheet name. */
  name: string;
  title: string;
  /** Lines printed above the table: the active filters, the time of computation, a demo-data notice. */
  notes: string[];
  headers: string[];
  rows: ExportRow[];
  dir: "rtl" | "ltr";
};

export const text = (value: string): ExportCell => ({ kind: "text", value });
export const count = (value: number): ExportCell => ({ kind: "count", value });
export const money = (centimes: bigint): ExportCell => ({ kind: "money", centimes });
export const share = (part: bigint, whole: bigint): ExportCell => ({ kind: "share", part, whole });

/** part / whole as an exact decimal string with 4 places, rounded half up ("0.6000"); "" when whole is 0. */
export function shareDecimalString(part: bigint, whole: bigint): string {
  if (whole === 0n) return "";
  const negative = (part < 0n) !== (whole < 0n) && part !== 0n;
  const p = part < 0n ? -part : part;
  const w = whole < 0n ? -whole : whole;
  const scaled = (p * 20000n + w) / (2n * w);
  const digits = scaled.toString().padStart(5, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -4)}.${digits.slice(-4)}`;
}
