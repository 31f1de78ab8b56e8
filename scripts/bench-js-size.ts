// First-load JavaScript of the public pages. Next 16 no longer prints sizes after a build, and its
// manifests change shape between versions, so this reads what a browser reads: the page's HTML from the
// running server, every same-origin <script src> in it (Next's chunks under /_next/static/, the app's own
// files from public/), each fetched and gzipped (level 9, as Next's old build table did). The fr pages are
// the same code as the ar ones. Since 2026-12-07 server.ts sends the public pages without Next's scripts
// (lib/page-cache/script-free.ts): what is left is the app's own public/js/public-pages.js where a page uses it.
//
// Issue 15's target is on what a page loads beyond React DOM's chunk and the router's chunk (the two
// framework chunks no app can do without): <= 10 kB gzip. That rest is shown split into the Turbopack
// runtime, Next's other chunks (build-manifest.json's rootMainFiles: its navigation API, the client of the
// server components' stream, the built-in global error page; and its built-in layout components) and the
// app's own client components.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { machineDescription, today, writeBenchSection } from "./bench-markdown";
import { SEED_SLUG } from "./bench-page";
import { fetchFresh } from "./bench-load";
import { TEST_DIST_DIR } from "./test-build-dir";

const CALL_SLUG = "appel-2026-economie-sociale-tanger";
const PAGES = ["/ar", "/fr", "/ar/events", `/ar/events/${SEED_SLUG}`, `/ar/calls/${CALL_SLUG}`, "/ar/results"];
const TARGET_KB = 10; // kB = 1,000 bytes of gzip, beyond React DOM and the router
const TOTAL_TARGET_KB = 80; // the earlier target, on everything a page loads

type Kind = "react-dom" | "router" | "turbopack" | "next" | "page";
const KIND_LABEL: Record<Kind, string> = {
  "react-dom": "React DOM",
  router: "router",
  turbopack: "Turbopack runtime",
  next: "Next's other chunks",
  page: "the app's own scripts",
};

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
  // Next's chunks, and the app's own files from public/ (public/js/public-pages.js on the public pages).
  return [...new Set(sources.filter((src) => src.startsWith("/") && !src.startsWith("//")))];
}

/** Next's root chunks of the build the server runs (the same folder: NEXT_DIST_DIR or .next-test). */
function rootMainFiles(): Set<string> {
  const file = path.join(process.env.NEXT_DIST_DIR || TEST_DIST_DIR, "build-manifest.json");
  if (!fs.existsSync(file)) return new Set();
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { rootMainFiles?: string[] };
  return new Set((manifest.rootMainFiles ?? []).map((f) => `/_next/${f}`));
}

/** Which part of the framework or the app a chunk is, by what it contains (names survive minification). */
export function chunkKind(src: string, body: string, roots: Set<string>): Kind {
  if (!src.startsWith("/_next/")) return "page";
  if (/\/turbopack-[^/]*\.js$/.test(src)) return "turbopack";
  if (body.includes("hydrateRoot") && body.includes("appBootstrap")) return "react-dom";
  if (body.includes("serverActionReducer")) return "router";
  // Next's built-in client components of every layout (layout router, error and not-found boundaries).
  if (body.includes("ClientPageRoot") || body.includes("HTTPAccessFallbackBoundary")) return "next";
  return roots.has(src.split("?")[0]!) ? "next" : "page";
}

type Chunk = { kind: Kind; raw: number; gzip: number };
type PageResult = { page: string; scripts: number; raw: number; gzip: number; beyond: number; byKind: Record<Kind, number> };

export async function benchJsSize(baseUrl: string) {
  const roots = rootMainFiles();
  const chunks = new Map<string, Chunk>();
  const results: PageResult[] = [];
  for (const page of PAGES) {
    const sources = scriptSources(await text(baseUrl + page));
    const byKind: Record<Kind, number> = { "react-dom": 0, router: 0, turbopack: 0, next: 0, page: 0 };
    let raw = 0;
    for (const src of sources) {
      if (!chunks.has(src)) {
        const body = await text(baseUrl + src);
        const bytes = Buffer.from(body);
        chunks.set(src, { kind: chunkKind(src, body, roots), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
      }
      const chunk = chunks.get(src)!;
      raw += chunk.raw;
      byKind[chunk.kind] += chunk.gzip;
    }
    const gzip = Object.values(byKind).reduce((a, b) => a + b, 0);
    results.push({ page, scripts: sources.length, raw, gzip, beyond: gzip - byKind["react-dom"] - byKind.router, byKind });
  }
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  const worst = Math.max(...results.map((r) => r.beyond));
  const largestTotal = Math.max(...results.map((r) => r.gzip));
  const met = worst <= TARGET_KB * 1000;
  const totalMet = largestTotal <= TOTAL_TARGET_KB * 1000;
  for (const r of results) {
    console.log(`${r.page}: ${r.scripts} scripts, ${kb(r.gzip)} kB gzip in all (${kb(r.raw)} kB raw); beyond React DOM and the router ${kb(r.beyond)} kB (target <= ${TARGET_KB} kB): ${(Object.keys(KIND_LABEL) as Kind[]).map((k) => `${KIND_LABEL[k]} ${kb(r.byKind[k])}`).join(", ")}`);
  }
  console.log(`First-load JS beyond React DOM and the router: largest ${kb(worst)} kB gzip, target <= ${TARGET_KB} kB: ${met ? "met" : "NOT met"}; largest in all ${kb(largestTotal)} kB (target <= ${TOTAL_TARGET_KB} kB: ${totalMet ? "met" : "NOT met"})`);

  writeBenchSection("js-size", `## First-load JavaScript of the public pages (\`npm run bench\`)

Written by scripts/bench-js-size.ts on ${today()}.
Machine: ${machineDescription()}.

Production server (\`npm start\`'s server.ts); for each page, every same-origin \`<script src>\` its HTML loads on a
first visit, fetched from the server and gzipped at level 9 (kB = 1,000 bytes). The fr pages are the same code.
"Beyond" is what a page loads beyond React DOM's chunk and the router's chunk: the Turbopack runtime, Next's
other chunks (build-manifest.json's rootMainFiles: its navigation API, the client of the server components'
stream, the built-in global error page; and its built-in layout components) and the app's own. Server.ts
sends these pages without Next's and React's scripts (lib/page-cache/script-free.ts; \`PUBLIC_PAGE_SCRIPTS=on\`
keeps them, 136-137 kB in all and 29-30 kB beyond the two chunks on 2026-12-06); the app's own is then
public/js/public-pages.js, on the pages with a share button or a call's deadline.

| page | scripts | gzip kB in all | React DOM | router | beyond | of which Turbopack runtime | Next's other chunks | the app's own |
|---|---|---|---|---|---|---|---|---|
${results.map((r) => `| \`${r.page}\` | ${r.scripts} | ${kb(r.gzip)} | ${kb(r.byKind["react-dom"])} | ${kb(r.byKind.router)} | **${kb(r.beyond)}** | ${kb(r.byKind.turbopack)} | ${kb(r.byKind.next)} | ${kb(r.byKind.page)} |`).join("\n")}

Target: <= ${TARGET_KB} kB gzip beyond React DOM and the router: **${met ? "met" : "not met"}** (largest ${kb(worst)} kB).
Everything a page loads: <= ${TOTAL_TARGET_KB} kB gzip: **${totalMet ? "met" : "not met"}** (largest ${kb(largestTotal)} kB).
`);
  return { results, worst, met, largestTotal, totalMet };
}
