// `npm run bench`: every benchmark of the issue, each printing its figures with their targets and refreshing
// its own section of BENCHMARKS.md. `npm run bench -- page,js` runs only those parts
// (page, js, lighthouse, import, dashboard; lighthouse is not in the default run: 18 Lighthouse runs take
// some 8 minutes). The HTTP parts build the app and serve it on BENCH_PORT (3300).
// Parts that load lib/ run in their own `tsx --conditions=react-server` process, as bench:dashboard does.
import { spawnSync } from "node:child_process";
import { startBenchServer } from "./bench-server";
import { benchPage } from "./bench-page";
import { benchJsSize } from "./bench-js-size";
import { benchLighthouse } from "./bench-lighthouse";

const PARTS = ["page", "js", "lighthouse", "import", "dashboard"] as const;
const DEFAULT_PARTS: Part[] = ["page", "js", "import", "dashboard"];
type Part = (typeof PARTS)[number];

const requested = (process.argv[2]?.split(",") ?? DEFAULT_PARTS) as Part[];
const unknown = requested.filter((p) => !PARTS.includes(p));
if (unknown.length > 0) {
  console.error(`Unknown part(s): ${unknown.join(", ")}. Parts: ${PARTS.join(", ")}`);
  process.exit(2);
}
const summary: string[] = [];

function runScript(label: string, script: string, env: NodeJS.ProcessEnv = process.env): void {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", script], { env, stdio: "inherit" });
  summary.push(`${label}: ${result.status === 0 ? "done (figures above)" : `FAILED (exit ${result.status})`}`);
}

async function httpParts() {
  console.log("\n=== Public pages: build, then a production server on a fresh seeded SQLite file ===");
  const server = await startBenchServer(Number(process.env.BENCH_PORT ?? 3300));
  try {
    if (requested.includes("page")) {
      const r = await benchPage(server.baseUrl, server.pid);
      summary.push(`Event page: ${r.pageRps.toFixed(0)} req/s, p99 ${r.pageP99.toFixed(0)} ms; static file ${r.staticRps.toFixed(0)} req/s, p99 ${r.staticP99.toFixed(0)} ms; ${r.ratio.toFixed(2)}x (target >= 0.8x): ${r.met ? "met" : "NOT met"}; server CPU per answer ${r.pageCpu.toFixed(2)} vs ${r.staticCpu.toFixed(2)} ms`);
    }
    if (requested.includes("js")) {
      const r = await benchJsSize(server.baseUrl);
      summary.push(`First-load JS beyond React DOM and the router: ${r.results.map((p) => `${p.page} ${(p.beyond / 1000).toFixed(1)} kB`).join(", ")} (target <= 10 kB gzip): ${r.met ? "met" : "NOT met"}; largest in all ${(r.largestTotal / 1000).toFixed(1)} kB (target <= 80 kB): ${r.totalMet ? "met" : "NOT met"}`);
    }
    if (requested.includes("lighthouse")) {
      // On localhost, the host of the canonical links (PUBLIC_BASE_URL's default is http://localhost:PORT).
      const r = await benchLighthouse(server.baseUrl.replace("127.0.0.1", "localhost"));
      summary.push(`Lighthouse (median of 3): ${r.results.map((p) => `${p.page} ${p.scores.performance}/${p.scores.accessibility}/${p.scores["best-practices"]}/${p.scores.seo}`).join(", ")} (target >= 95/100/100/100): ${r.met ? "met" : "NOT met"}`);
    }
  } finally {
    await server.stop();
  }
}

async function main() {
  if (requested.some((part) => part === "page" || part === "js" || part === "lighthouse")) await httpParts();
  if (requested.includes("import")) runScript("Import of 10,000 rows (SQLite)", "scripts/bench-import.ts");
  if (requested.includes("dashboard")) {
    runScript("Dashboard at 100,000 grants: SQLite", "scripts/bench-dashboard.ts");
    const postgres = process.env.BENCH_POSTGRES_URL;
    if (postgres) runScript("Dashboard at 100,000 grants: PostgreSQL", "scripts/bench-dashboard.ts", { ...process.env, BENCH_DATABASE_URL: postgres });
    else {
      console.log("\nPostgreSQL: skipped (BENCH_POSTGRES_URL not set)");
      summary.push("PostgreSQL: skipped (BENCH_POSTGRES_URL not set)");
    }
  }
  console.log(`\n=== Summary${process.env.LIGHTHOUSE_ONLY ? "" : " (BENCHMARKS.md updated)"} ===\n${summary.join("\n")}`);
  if (summary.some((line) => line.includes("FAILED"))) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
