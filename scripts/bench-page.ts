// The public event page under load (50 connections) next to a static file served by the same server in
// the same run. Target: the page serves at least 0.8x the static file's requests per second, which only a
// cached page can (it changes only when an event is edited). The server is server.ts, as `npm start` runs
// it: Next behind the public pages' cache (lib/page-cache/).
import fs from "node:fs";
import { cpuMs, fetchFresh, load, type LoadResult } from "./bench-load";
import { machineDescription, today, writeBenchSection } from "./bench-markdown";

export const SEED_SLUG = "cooperatives-day-tanger-2025";
const PAGE = `/ar/events/${SEED_SLUG}`;
const STATIC = "/bench-static.txt"; // public/bench-static.txt
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = 2; // static then page, twice: a drift of the machine shows instead of biasing one side
const TARGET = 0.8;

/** What the cache says about the page: the second visit must be a hit, or the benchmark measures rendering. */
async function cacheHeaders(url: string) {
  await (await fetchFresh(url)).arrayBuffer();
  const response = await fetchFresh(url);
  await response.arrayBuffer();
  return {
    status: response.status,
    pageCache: response.headers.get("x-page-cache") ?? "(none)",
    nextCache: response.headers.get("x-nextjs-cache") ?? "(none)",
    cacheControl: response.headers.get("cache-control") ?? "(none)",
  };
}

/**
 * Waits until the server answers the static file quickly again: requests still queued from the previous run
 * (a slow page keeps rendering after autocannon hangs up) would otherwise be billed to the next run.
 */
async function settle(url: string) {
  const deadline = Date.now() + 60_000;
  let quick = 0;
  while (quick < 3 && Date.now() < deadline) {
    const start = performance.now();
    await (await fetchFresh(url)).arrayBuffer();
    quick = performance.now() - start < 100 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type Run = LoadResult & { cpuPerRequest: number };

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const row = (what: string, r: Run) =>
  `| ${what} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.cpuPerRequest.toFixed(2)} | ${r.requests} | ${r.non2xx + r.errors} | ${(r.bytesPerRequest / 1000).toFixed(1)} |`;

export async function benchPage(baseUrl: string, serverPid: number) {
  const headers = await cacheHeaders(baseUrl + PAGE);
  console.log(`${PAGE}: ${headers.status}, x-page-cache ${headers.pageCache}, x-nextjs-cache ${headers.nextCache}, cache-control ${headers.cacheControl}`);
  const run = async (path: string, requestHeaders?: Record<string, string>): Promise<Run> => {
    await settle(baseUrl + STATIC);
    const cpuBefore = cpuMs(serverPid);
    const result = load(baseUrl + path, { connections: CONNECTIONS, seconds: SECONDS, headers: requestHeaders });
    await settle(baseUrl + STATIC); // the requests still queued when autocannon stopped cost CPU too
    return { ...result, cpuPerRequest: (cpuMs(serverPid) - cpuBefore) / Math.max(1, result.requests) };
  };
  for (const path of [STATIC, PAGE]) load(baseUrl + path, { connections: CONNECTIONS, seconds: 3 }); // warm-up

  const rows: string[] = [];
  const staticRuns: Run[] = [];
  const pageRuns: Run[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const s = await run(STATIC);
    const p = await run(PAGE);
    staticRuns.push(s);
    pageRuns.push(p);
    rows.push(row(`round ${round}: static file ${STATIC}`, s), row(`round ${round}: event page ${PAGE}`, p));
    console.log(`round ${round}: static ${s.rps.toFixed(0)} req/s (p99 ${s.p99} ms, ${s.cpuPerRequest.toFixed(2)} ms CPU each), page ${p.rps.toFixed(0)} req/s (p99 ${p.p99} ms, ${p.cpuPerRequest.toFixed(2)} ms CPU each)`);
  }
  // Browsers ask for gzip, which Next compresses on every answer: shown apart, the target is judged above.
  const gzip = { "accept-encoding": "gzip" };
  const gs = await run(STATIC, gzip);
  const gp = await run(PAGE, gzip);
  rows.push(row("with Accept-Encoding: gzip: static file", gs), row("with Accept-Encoding: gzip: event page", gp));
  // For comparison: a query string makes the page cache pass the request to Next, which answers from its own
  // cache (the page reads no search parameters): what `next start` alone would do.
  const nextOnly = await run(`${PAGE}?bench=next-only`);
  rows.push(row("event page, Next's own cache only (query string: the page cache steps aside)", nextOnly));

  const staticRps = mean(staticRuns.map((r) => r.rps));
  const pageRps = mean(pageRuns.map((r) => r.rps));
  const ratio = pageRps / staticRps;
  const failures = [...staticRuns, ...pageRuns].reduce((n, r) => n + r.non2xx + r.errors, 0);
  const met = ratio >= TARGET && failures === 0;
  const verdict = `event page ${pageRps.toFixed(0)} req/s against static file ${staticRps.toFixed(0)} req/s: ${ratio.toFixed(2)}x (target >= ${TARGET}x): ${met ? "met" : "NOT met"}`;
  const pageCpu = mean(pageRuns.map((r) => r.cpuPerRequest));
  const staticCpu = mean(staticRuns.map((r) => r.cpuPerRequest));
  const cpuNote = `page ${pageCpu.toFixed(2)} ms, static file ${staticCpu.toFixed(2)} ms, so a CPU-bound server serves the page at most ${(staticCpu / pageCpu).toFixed(2)}x the static rate`;
  console.log(verdict);
  console.log(`server CPU per answer: ${cpuNote}`);
  console.log(`with gzip: page ${gp.rps.toFixed(0)} req/s (p99 ${gp.p99} ms), static ${gs.rps.toFixed(0)} req/s (p99 ${gs.p99} ms): ${(gp.rps / gs.rps).toFixed(2)}x`);

  writeBenchSection("page", `## Public event page under load (\`npm run bench\`)

Written by scripts/bench-page.ts on ${today()}.
Machine: ${machineDescription()}; autocannon ${CONNECTIONS} connections, ${SECONDS} s per run, on the same machine as the server.

Production build served by server.ts (\`npm start\`: Next behind the public pages' cache, lib/page-cache/) on a
fresh SQLite file seeded as on a first start. The page is
\`${PAGE}\` (the seed article, with its reconciliation panels); the static file is \`public${STATIC}\`
(${fs.statSync("public" + STATIC).size} bytes), served by the same server. Before the runs the page answered ${headers.status} with \`x-page-cache: ${headers.pageCache}\`, \`x-nextjs-cache: ${headers.nextCache}\` and
\`cache-control: ${headers.cacheControl}\`. Requests without Accept-Encoding unless the row says gzip.

| what | req/s | p50 ms | p99 ms | server CPU ms per answer | requests | non-2xx + errors | kB per answer |
|---|---|---|---|---|---|---|---|
${rows.join("\n")}

Mean of the rounds: ${verdict}.
The server's CPU time per answer (from /proc, so independent of what else the machine runs): ${cpuNote}.
With gzip asked for, as browsers do: ${(gp.rps / gs.rps).toFixed(2)}x.
`);
  return { ratio, pageRps, staticRps, met, pageCpu, staticCpu, pageP99: mean(pageRuns.map((r) => r.p99)), staticP99: mean(staticRuns.map((r) => r.p99)) };
}
