import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { isOversizedPost, MAX_ACTION_BODY_BYTES, oversizedBodyPage } from "./oversized-body";

const request = (method: string, length?: string) => ({ method, headers: length === undefined ? {} : { "content-length": length } }) as unknown as IncomingMessage;

describe("a form posted past the server actions' body limit", () => {
  it("is a POST announcing more than the limit (21 MB), nothing else", () => {
    expect(isOversizedPost(request("POST", String(MAX_ACTION_BODY_BYTES + 1)))).toBe(true);
    expect(isOversizedPost(request("POST", String(MAX_ACTION_BODY_BYTES)))).toBe(false);
    expect(isOversizedPost(request("GET", String(MAX_ACTION_BODY_BYTES + 1)))).toBe(false);
    expect(isOversizedPost(request("POST"))).toBe(false);
    expect(isOversizedPost(request("POST", "abc"))).toBe(false);
  });

  it("gets a page in the address's language with the limits, linking back to the form only by a plain path", () => {
    const arabic = oversizedBodyPage("/ar/calls/appel-2026/apply");
    expect(arabic).toContain('lang="ar" dir="rtl"');
    expect(arabic).toContain("20");
    expect(arabic).toContain('href="/ar/calls/appel-2026/apply"');
    const french = oversizedBodyPage("/fr/calls/appel-2026/apply?x=1");
    expect(french).toContain('lang="fr" dir="ltr"');
    expect(french).toContain("20\u2069 Mo de fichiers au total, et \u20685\u2069 Mo par fichier");
    expect(french).toContain('href="/fr/calls/appel-2026/apply"');
    // A crafted address is never written into the page.
    const crafted = oversizedBodyPage('/fr/"><script>alert(1)</script>');
    expect(crafted).not.toContain("<script>");
    expect(crafted).toContain('href="/fr"');
  });
});
