/**
 * The public pages are sent as plain HTML documents, without React's and Next's scripts (issue 15).
 *
 * A visitor reads them; nothing on them needs React in the browser: links are plain <a> rendered on the
 * server (lib/i18n/server-link.tsx), the language switch is a link, the results' filters are links and a GET
 * form. Yet every App Router page loads React DOM, the router and the client of the server components'
 * stream (137 kB gzip, some 450 kB to parse on a phone) and carries its whole tree a second time as that
 * stream's data, inline. Measured on a static copy of `/ar` (BENCHMARKS.md): Lighthouse's mobile score 91-94
 * with them, 100 without; 8.5 kB of HTML gzipped against 3.5 kB.
 *
 * So server.ts removes them from the answer to a document request for these pages. What a page still needs
 * from the browser (the share button, a call's open/closed state from the visitor's clock) is done by
 * public/js/public-pages.js, the app's own few lines, kept by the rule below. A client-side navigation from
 * the workspace, which is hydrated, still gets Next's own answer (an RSC request is never rewritten).
 */
import { LOCALES } from "@/lib/i18n/locales";

const LOCALE = `(${LOCALES.join("|")})`;

const SCRIPT_FREE_PAGES: RegExp[] = [
  new RegExp(`^/${LOCALE}/?$`), // app/[locale]/page.tsx, the home page
  new RegExp(`^/${LOCALE}/events/?$`),
  new RegExp(`^/${LOCALE}/events/[^/]+/?$`),
  new RegExp(`^/${LOCALE}/calls/?$`),
  new RegExp(`^/${LOCALE}/calls/[^/]+/?$`), // not /calls/<slug>/apply: a form with its own client code
  new RegExp(`^/${LOCALE}/results/?$`),
  new RegExp(`^/${LOCALE}/cooperatives/[^/]+/?$`),
];

export function isScriptFreePage(pathname: string): boolean {
  return SCRIPT_FREE_PAGES.some((page) => page.test(pathname));
}

// Content React streamed after the shell (a Suspense boundary that resolved late) sits hidden in the page
// until one of React's inline scripts moves it into place: such a page cannot lose its scripts.
const STREAMED_BOUNDARY = /<template id="[BP]:|<div hidden id="S:/;
const SCRIPT_ELEMENT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const LINK_ELEMENT = /<link\b([^>]*)>/gi;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`, "i").exec(attributes);
  return match?.[1];
}

/**
 * Next's and React's: a script served from /_next/, or an inline one (the app renders none of its own; the
 * CSP of the nonce-protected pages would refuse them anyway). Kept: structured data (JSON-LD) and the app's
 * own files from public/.
 */
function isFrameworkScript(attributes: string): boolean {
  if (attribute(attributes, "type")?.toLowerCase() === "application/ld+json") return false;
  const src = attribute(attributes, "src");
  return src === undefined || src.startsWith("/_next/");
}

function isScriptPreload(attributes: string): boolean {
  const rel = attribute(attributes, "rel")?.toLowerCase();
  return rel === "modulepreload" || (rel === "preload" && attribute(attributes, "as")?.toLowerCase() === "script");
}

/** The page without Next's and React's scripts and their preloads; null when it cannot do without them. */
export function withoutFrameworkScripts(html: string): string | null {
  if (STREAMED_BOUNDARY.test(html)) return null;
  return html
    .replace(SCRIPT_ELEMENT, (element, attributes: string) => (isFrameworkScript(attributes) ? "" : element))
    .replace(LINK_ELEMENT, (element, attributes: string) => (isScriptPreload(attributes) ? "" : element));
}
