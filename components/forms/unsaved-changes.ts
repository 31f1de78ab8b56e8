// Pure DOM helpers of the unsaved-changes guard (use-unsaved-changes-guard.ts).

/** What the form would send, as one comparable string (files by name and size). */
export function snapshotOf(form: HTMLFormElement): string {
  const parts: string[] = [];
  for (const [key, value] of new FormData(form).entries()) {
    if (key.startsWith("$ACTION")) continue;
    parts.push(`${key}=${typeof value === "string" ? value : `${value.name}:${value.size}`}`);
  }
  return parts.join("\n");
}

/** A click that would take the browser to another page (not an in-page anchor, a new tab or a download). */
export function leavingLink(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
  if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return false;
  const to = new URL(link.href, window.location.href);
  return !(to.origin === window.location.origin && to.pathname === window.location.pathname && to.search === window.location.search);
}
