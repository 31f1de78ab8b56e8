import { describe, expect, it } from "vitest";
import { PageCache } from "./page-cache";

const answer = (text: string) => ({ status: 200, headers: { "content-type": "text/html" }, body: Buffer.from(text) });

describe("PageCache", () => {
  it("keeps an answer for the shorter of the page's s-maxage and its own limit", () => {
    const cache = new PageCache({ maxAgeMs: 10_000, maxEntries: 10, maxBytes: 1000 });
    cache.set("/long", answer("a"), 300_000, 0);
    cache.set("/short", answer("b"), 2_000, 0);
    expect(cache.get("/long", 9_999)?.body.toString()).toBe("a");
    expect(cache.get("/long", 10_000)).toBeUndefined();
    expect(cache.get("/short", 1_999)?.body.toString()).toBe("b");
    expect(cache.get("/short", 2_000)).toBeUndefined();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });

  it("keeps nothing the page says not to share", () => {
    const cache = new PageCache();
    cache.set("/x", answer("a"), 0, 0);
    expect(cache.get("/x", 0)).toBeUndefined();
  });

  it("drops the least recently used entries beyond its count and byte limits", () => {
    const cache = new PageCache({ maxAgeMs: 10_000, maxEntries: 2, maxBytes: 10 });
    cache.set("/a", answer("aaaa"), 5_000, 0);
    cache.set("/b", answer("bbbb"), 5_000, 0);
    cache.get("/a", 1); // /a is now the most recently used
    cache.set("/c", answer("cccc"), 5_000, 0);
    expect(cache.get("/b", 1)).toBeUndefined();
    expect(cache.get("/a", 1)).toBeDefined();
    expect(cache.get("/c", 1)).toBeDefined();
    cache.set("/d", answer("dddddddd"), 5_000, 0); // 8 bytes: only /d fits in 10
    expect(cache.size).toEqual({ entries: 1, bytes: 8 });
    cache.set("/huge", answer("x".repeat(11)), 5_000, 0); // larger than the whole cache: not kept
    expect(cache.get("/huge", 1)).toBeUndefined();
    expect(cache.get("/d", 1)).toBeDefined();
  });

  it("counts the compressed copy in its bytes and forgets everything on clear", () => {
    const cache = new PageCache({ maxAgeMs: 10_000, maxEntries: 10, maxBytes: 100 });
    cache.set("/a", answer("aaaa"), 5_000, 0);
    cache.addGzipped(cache.get("/a", 0)!, Buffer.from("zz"));
    expect(cache.size).toEqual({ entries: 1, bytes: 6 });
    cache.set("/a", answer("a"), 5_000, 0); // replaced: the old body and its compressed copy are released
    expect(cache.size).toEqual({ entries: 1, bytes: 1 });
    cache.clear();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
    expect(cache.get("/a", 0)).toBeUndefined();
  });
});
