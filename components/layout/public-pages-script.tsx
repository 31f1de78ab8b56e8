/**
 * public/js/public-pages.js, the public pages' own script (the share button, a call's state from the visitor's
 * clock). Rendered by each component that needs it: React hoists an async script into the head and loads it
 * once, however many render it. Kept when server.ts removes Next's scripts (lib/page-cache/script-free.ts).
 */
export function PublicPagesScript() {
  return <script async src="/js/public-pages.js" />;
}
