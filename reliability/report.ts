// Counts of the reliability suite. Each part appends its rows to a JSON file in RELIABILITY_RESULTS_DIR, so
// `npm run test:reliability` can print one table at the end even though the parts run in separate processes.
import fs from "node:fs";
import path from "node:path";

export type ResultRow = {
  part: "bad input" | "concurrency" | "crash" | "memory";
  target: string;
  /** Column name -> value; every part chooses its own (payloads, refused, errors, rows changed...). */
  counts: Record<string, number | string>;
  ok: boolean;
};

export const resultsDir = () => process.env.RELIABILITY_RESULTS_DIR ?? path.resolve(".tmp/reliability");

export function recordResults(file: string, rows: ResultRow[]): void {
  fs.mkdirSync(resultsDir(), { recursive: true });
  fs.writeFileSync(path.join(resultsDir(), file), JSON.stringify(rows, null, 2));
}

/** The files of this run's results with this ending, in name order. */
function resultFiles(ending: string): string[] {
  if (!fs.existsSync(resultsDir())) return [];
  return fs.readdirSync(resultsDir()).filter((f) => f.endsWith(ending)).sort().map((f) => path.join(resultsDir(), f));
}

export function readAllResults(): ResultRow[] {
  return resultFiles(".json").flatMap((file) => JSON.parse(fs.readFileSync(file, "utf8")) as ResultRow[]);
}

/** One line per kind of problem a part found, printed again at the end of the whole run. */
export function recordProblems(file: string, lines: string[]): void {
  fs.mkdirSync(resultsDir(), { recursive: true });
  fs.writeFileSync(path.join(resultsDir(), file), lines.map((l) => `${l}\n`).join(""));
}

export function readAllProblems(): string[] {
  return resultFiles(".problems.txt").flatMap((file) => fs.readFileSync(file, "utf8").split("\n").filter(Boolean));
}

/** A plain-text table: one line per row, the columns the rows use, in first-seen order. */
export function formatTable(rows: ResultRow[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r.counts)))];
  const header = ["part", "target", ...columns, "ok"];
  const lines = rows.map((r) => [r.part, r.target, ...columns.map((c) => (c in r.counts ? String(r.counts[c]) : "")), r.ok ? "yes" : "NO"]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [format(header), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(format)].join("\n");
}
