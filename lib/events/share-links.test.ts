import { describe, expect, it } from "vitest";
import { eventShareLinks } from "./share-links";

const PAGE = {
  url: "https://indh.example.ma/ar/events/cooperatives-day-tanger-2025",
  title: "لقاء تواصلي بطنجة & Co",
};
const ENCODED_URL = encodeURIComponent(PAGE.url);

describe("eventShareLinks", () => {
  const links = Object.fromEntries(eventShareLinks(PAGE).map((link) => [link.target, link]));

  it("offers WhatsApp, Facebook, X and email, each carrying the encoded page URL", () => {
    expect(Object.keys(links)).toEqual(["whatsapp", "facebook", "x", "email"]);
    for (const link of Object.values(links)) expect(link.href).toContain(ENCODED_URL);
  });

  it("uses each service's share address", () => {
    expect(links.whatsapp!.href).toBe(`https://wa.me/?text=${encodeURIComponent(PAGE.title)}%0A${ENCODED_URL}`);
    expect(links.facebook!.href).toBe(`https://www.facebook.com/sharer/sharer.php?u=${ENCODED_URL}`);
    expect(links.x!.href).toBe(`https://twitter.com/intent/tweet?url=${ENCODED_URL}&text=${encodeURIComponent(PAGE.title)}`);
  });

  it("writes a short mailto link: encoded title as subject, the address as body, no '+' for spaces", () => {
    const mail = new URL(links.email!.href);
    expect(mail.protocol).toBe("mailto:");
    expect(links.email!.href).not.toContain("+");
    expect(links.email!.href).toContain("%26"); // the "&" of the title cannot end the subject early
    const query = new URLSearchParams(links.email!.href.split("?")[1]);
    expect(query.get("subject")).toBe(PAGE.title);
    expect(query.get("body")).toBe(PAGE.url);
  });

  it("opens the services in a new tab but the mail program in place", () => {
    expect(Object.values(links).map((l) => l.newTab)).toEqual([true, true, true, false]);
  });
});
