// Lighthouse on the public pages (issue 15): mobile preset with simulated throttling (Lighthouse's default),
// against the production server of scripts/bench-server.ts, 3 runs per page; the median of each figure is
// recorded in BENCHMARKS.md with the targets (performance >= 95, accessibility, best practices and SEO 100).
//
// Lighthouse is run with `npm exec` at exactly 12.2.3 (later versions need Node 22) rather than installed
// with the app: it is some 60 packages that neither the app nor CI needs, fetched once into npm's cache.
// Debian's Chromium, headless; pages are visited on `localhost` so that the canonical links (PUBLIC_BASE_URL,
// set to the same address) point at the page's own origin.
//
// The browser is the end-to-end tests' (e2e/support/chromium.ts): Chromium's headless shell where installed,
// the whole browser otherwise (CHROME_PATH chooses). Lighthouse's simulated throttling multiplies the task times
// it observes by 4; on a 2-core host the whole browser's own processes (GPU, compositor, utilities) run on the
// same two cores as the page and lengthen those observations. The table names the binary it was measured with.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { machineDescription, today, writeBenchSection } from "./bench-markdown";
import { chromiumLaunchOptions, chromiumPath } from "../e2e/support/chromium";
import { SEED_SLUG } from "./bench-page";

const browser = process.env.CHROME_PATH ?? chromiumPath;

export const LIGHTHOUSE_VERSION = "12.2.3";
const RUNS = 3;
const CALL_SLUG = "appel-2026-economie-sociale-tanger";
export const LIGHTHOUSE_PAGES = ["/ar", "/fr", "/ar/events", `/ar/events/${SEED_SLUG}`, `/ar/calls/${CALL_SLUG}`, "/ar/results"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
const METRICS = [
  ["first-contentful-paint", "FCP"],
  ["largest-contentful-paint", "LCP"],
  ["total-blocking-time", "TBT"],
  ["cumulative-layout-shift", "CLS"],
  ["speed-index", "SI"],
] as const;

type Report = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string; details?: { items?: NetworkItem[] } }>;
};
type NetworkItem = { resourceType?: string; transferSize?: number; resourceSize?: number };
type PageResult = { page: string; scores: Record<string, number>; metrics: Record<string, number>; failing: string[]; fonts: { transfer: number; files: number; count: number } };

const FONT_TARGET_KB = 60; // web fonts of a first Arabic page (issue 15)

/** The web fonts a run downloaded: bytes on the wire (with the response headers), bytes of the files, count. */
function fontBytes(report: Report) {
  const fonts = (report.audits["network-requests"]?.details?.items ?? []).filter((item) => item.resourceType === "Font");
  return {
    transfer: fonts.reduce((n, f) => n + (f.transferSize ?? 0), 0),
    files: fonts.reduce((n, f) => n + (f.resourceSize ?? 0), 0),
    count: fonts.length,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

function runLighthouse(url: string, outFile: string): Report {
  // The end-to-end tests' flags (no calls out of this closed network), headless.
  const flags = ["--headless=new", ...chromiumLaunchOptions.args].join(" ");
  execFileSync("npm", [
    "exec", "--yes", `--package=lighthouse@${LIGHTHOUSE_VERSION}`, "--", "lighthouse", url,
    "--output=json", `--output-path=${outFile}`, "--quiet", `--only-categories=${CATEGORIES.join(",")}`, `--chrome-flags=${flags}`,
  ], { env: { ...process.env, CHROME_PATH: browser }, stdio: ["ignore", "ignore", "inherit"] });
  return JSON.parse(fs.readFileSync(outFile, "utf8")) as Report;
}

/** The ids of the audits that cost points in a run (binary, numeric or savings audits below 0.9). */
function failingAudits(report: Report): string[] {
  return Object.entries(report.audits)
    .filter(([, a]) => a.score !== null && a.score < 0.9 && (a.scoreDisplayMode === "binary" || a.scoreDisplayMode === "numeric" || a.scoreDisplayMode === "metricSavings"))
    .map(([id]) => id);
}

export async function benchLighthouse(baseUrl: string): Promise<{ results: PageResult[]; met: boolean }> {
  const dir = path.resolve(".tmp/lighthouse");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const results: PageResult[] = [];
  // LIGHTHOUSE_ONLY=/ar,/fr measures those pages while trying a change; BENCHMARKS.md is then left as it is.
  const only = process.env.LIGHTHOUSE_ONLY?.split(",").filter(Boolean);
  for (const page of only ?? LIGHTHOUSE_PAGES) {
    const reports: Report[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const file = path.join(dir, `${page.replaceAll("/", "_")}-${run}.json`);
      reports.push(runLighthouse(baseUrl + page, file));
    }
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(reports.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)))]));
    const metrics = Object.fromEntries(METRICS.map(([id]) => [id, median(reports.map((r) => r.audits[id]?.numericValue ?? NaN))]));
    const failing = [...new Set(reports.flatMap(failingAudits))];
    const fontRuns = reports.map(fontBytes);
    const fonts = { transfer: median(fontRuns.map((f) => f.transfer)), files: median(fontRuns.map((f) => f.files)), count: median(fontRuns.map((f) => f.count)) };
    results.push({ page, scores, metrics, failing, fonts });
    console.log(`${page}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(", ")}; ${METRICS.map(([id, label]) => `${label} ${metricText(id, metrics[id]!)}`).join(", ")}; fonts ${fonts.count} files, ${(fonts.files / 1000).toFixed(1)} kB (${(fonts.transfer / 1000).toFixed(1)} kB with headers)${failing.length ? `; below 0.9: ${failing.join(", ")}` : ""}`);
  }
  const met = results.every((r) => CATEGORIES.every((c) => r.scores[c]! >= TARGETS[c]));
  if (!only) writeBenchSection("lighthouse", markdown(results, met));
  return { results, met };
}

/** Seconds for the timings, three decimals for the layout shift (a unitless score). */
const metricText = (id: string, value: number) => (id === "cumulative-layout-shift" ? value.toFixed(3) : `${(value / 1000).toFixed(2)} s`);

function markdown(results: PageResult[], met: boolean): string {
  const head = `| page | ${CATEGORIES.join(" | ")} | ${METRICS.map(([, label]) => label).join(" | ")} | fonts kB (with headers) |`;
  const rule = `|---|${CATEGORIES.map(() => "---").join("|")}|${METRICS.map(() => "---").join("|")}|---|`;
  const rows = results.map((r) => `| \`${r.page}\` | ${CATEGORIES.map((c) => r.scores[c]).join(" | ")} | ${METRICS.map(([id]) => metricText(id, r.metrics[id]!)).join(" | ")} | ${r.fonts.count} files, ${(r.fonts.files / 1000).toFixed(1)} (${(r.fonts.transfer / 1000).toFixed(1)}) |`);
  const firstArabic = results.find((r) => r.page === "/ar");
  const failing = results.filter((r) => r.failing.length > 0).map((r) => `- \`${r.page}\`: ${r.failing.join(", ")}`);
  return `## Lighthouse on the public pages (\`npm run bench -- lighthouse\`)

Written by scripts/bench-lighthouse.ts on ${today()}.
Machine: ${machineDescription()}.

Lighthouse ${LIGHTHOUSE_VERSION}, mobile preset with simulated throttling (its default), Debian's Chromium
(\`${browser}\`), against the production server on a fresh seeded SQLite file. Median of ${RUNS} runs per page, for
each score and each metric (TBT: total blocking time; SI: speed index).

${head}
${rule}
${rows.join("\n")}

Targets: performance >= ${TARGETS.performance}, accessibility, best practices and SEO ${TARGETS.seo}: **${met ? "met" : "not met"}**.
${firstArabic ? `Web fonts of the first Arabic page (\`/ar\`) <= ${FONT_TARGET_KB} kB: ${(firstArabic.fonts.files / 1000).toFixed(1)} kB of font files, ${(firstArabic.fonts.transfer / 1000).toFixed(1)} kB with the response headers.` : ""}
${failing.length ? `\nAudits below 0.9 in at least one run:\n${failing.join("\n")}\n` : ""}`;
}
