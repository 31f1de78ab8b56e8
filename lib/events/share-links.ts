// Share targets as plain links, so sharing works without JavaScript: each service's own "share" address
// with the event page's absolute URL (and its title) in the query string.

export type ShareTarget = "whatsapp" | "facebook" | "x" | "email";

export type ShareLink = {
  target: ShareTarget;
  href: string;
  /** mailto: opens the reader's mail program, so it stays in the same tab; the others open a new tab. */
  newTab: boolean;
};

export function eventShareLinks(page: { url: string; title: string }): ShareLink[] {
  const url = encodeURIComponent(page.url);
  const title = encodeURIComponent(page.title);
  return [
    // WhatsApp takes a single text: the title, then the address on its own line so it stays clickable.
    { target: "whatsapp", href: `https://wa.me/?text=${encodeURIComponent(`${page.title}\n${page.url}`)}`, newTab: true },
    { target: "facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${url}`, newTab: true },
    { target: "x", href: `https://twitter.com/intent/tweet?url=${url}&text=${title}`, newTab: true },
    // The body is the address alone: an Arabic summary percent-encoded passes the ~2,000 characters some
    // mail handlers (Windows) accept in a mailto link. RFC 6068: spaces are %20, never "+".
    { target: "email", href: `mailto:?subject=${title}&body=${url}`, newTab: false },
  ];
}
