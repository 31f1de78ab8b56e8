/**
 * public/js/public-pages.js, the public pages' own script (the share button, a call's state from the visitor's
 * clock). Rendered by each component that needs it: React hoists an async script into the head and loads it
 * once, however many render it. Kept when server.ts removes Next's scripts (lib/page-cache/script-free.ts).
 *
 * Its address carries a hash of its content, so that browsers may keep it for a year (next.config.ts, as the
 * fonts): public-pages-script.test.ts fails until the hash below is the file's (the message gives it).
 */
export const PUBLIC_PAGES_SCRIPT_HASH = "0095d92d6d";

export function PublicPagesScript() {
  return <script async src={`/js/public-pages.js?v=${PUBLIC_PAGES_SCRIPT_HASH}`} />;
}
