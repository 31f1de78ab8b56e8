// First-load JavaScript of the public pages. Next 16 no longer prints sizes after a build, and its
// manifests change shape between versions, so this reads what a browser reads: the page's HTML from the
// running server, every <script src="/_next/static/..."> in it, each fetched and gzipped (level 9, as
// Next's old build table did). The fr pages are the same code as the ar ones.
import { gzipSync } from "node:zlib";
import { machineDescription, today, writeBenchSection } from "./bench-markdown";
import { SEED_SLUG } from "./bench-page";
import { fetchFresh } from "./bench-load";

const PAGES = ["/ar", "/ar/events", `/ar/events/${SEED_SLUG}`, "/ar/results"];
const TARGET_KB = 80; // kB = 1,000 bytes of gzip

async function text(url: string): Promise<string> {
  const response = await fetchFresh(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/**
 * The script URLs a first visit loads, in document order, without duplicates. `noModule` scripts (Next's
 * polyfills, about 40 kB) are skipped: browsers that run modules, every current one, never fetch them.
 */
export function scriptSources(html: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
  const sources = tags.flatMap((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1]?.replaceAll("&amp;", "&") ?? []);
  return [...new Set(sources.filter((src) => src.startsWith("/_next/static/")))];
}

export async function benchJsSize(baseUrl: string) {
  const gzipBytes = new Map<string, { raw: number; gzip: number }>();
  const results: { page: string; scripts: number; raw: number; gzip: number }[] = [];
  const loadedBy: string[][] = [];
  for (const page of PAGES) {
    const sources = scriptSources(await text(baseUrl + page));
    loadedBy.push(sources);
    let raw = 0;
    let gzip = 0;
    for (const src of sources) {
      if (!gzipBytes.has(src)) {
        const body = Buffer.from(await text(baseUrl + src));
        gzipBytes.set(src, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
      }
      raw += gzipBytes.get(src)!.raw;
      gzip += gzipBytes.get(src)!.gzip;
    }
    results.push({ page, scripts: sources.length, raw, gzip });
  }
  // What every page loads (React, the Next router and runtime, next-intl's client): the floor no page goes below.
  const shared = loadedBy[0]!.filter((src) => loadedBy.every((list) => list.includes(src)));
  const sharedGzip = shared.reduce((n, src) => n + gzipBytes.get(src)!.gzip, 0);
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  const worst = Math.max(...results.map((r) => r.gzip));
  const met = worst <= TARGET_KB * 1000;
  for (const r of results) console.log(`${r.page}: ${r.scripts} scripts, ${kb(r.gzip)} kB gzip (${kb(r.raw)} kB raw); target <= ${TARGET_KB} kB`);
  console.log(`First-load JS: largest ${kb(worst)} kB gzip, target <= ${TARGET_KB} kB: ${met ? "met" : "NOT met"}; shared by all ${kb(sharedGzip)} kB (${shared.length} scripts)`);

  writeBenchSection("js-size", `## First-load JavaScript of the public pages (\`npm run bench\`)

Written by scripts/bench-js-size.ts on ${today()}.
Machine: ${machineDescription()}.

Production build; for each page, every \`<script src="/_next/static/...">\` its server-rendered HTML loads on a
first visit, fetched from the server and gzipped at level 9 (kB = 1,000 bytes). The fr pages are the same code.

| page | scripts | gzip kB | raw kB |
|---|---|---|---|
${results.map((r) => `| \`${r.page}\` | ${r.scripts} | ${kb(r.gzip)} | ${kb(r.raw)} |`).join("\n")}

Shared by all four pages: ${shared.length} scripts, ${kb(sharedGzip)} kB gzip.
Target: <= ${TARGET_KB} kB gzip per page: **${met ? "met" : "not met"}** (largest ${kb(worst)} kB).
`);
  return { results, worst, met, sharedGzip };
}
