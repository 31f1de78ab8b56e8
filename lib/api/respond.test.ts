import { describe, expect, it, vi } from "vitest";
import { apiRoute, etagOf, matchesIfNoneMatch } from "./respond";
import { paginate } from "./pagination";

describe("ETags", () => {
  it("are quoted, stable for the same body and different for another", () => {
    const tag = etagOf('{"a":1}');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(etagOf('{"a":1}')).toBe(tag);
    expect(etagOf('{"a":2}')).not.toBe(tag);
  });

  it("match If-None-Match lists, weak tags and *, and nothing else", () => {
    const tag = etagOf("x");
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});

describe("paginate", () => {
  it("links the next and previous pages with the list's parameters", () => {
    expect(paginate("/api/v1/events", { lang: "fr" }, { page: 2, pageSize: 2, total: 5 })).toEqual({
      page: 2, pageSize: 2, total: 5, totalPages: 3,
      next: "/api/v1/events?lang=fr&page=3&pageSize=2",
      prev: "/api/v1/events?lang=fr&page=1&pageSize=2",
    });
  });

  it("has one empty page for an empty list, and leads back from past the end", () => {
    expect(paginate("/p", {}, { page: 1, pageSize: 20, total: 0 })).toMatchObject({ totalPages: 1, next: null, prev: null });
    expect(paginate("/p", {}, { page: 9, pageSize: 20, total: 21 })).toMatchObject({ next: null, prev: "/p?page=2&pageSize=20" });
  });
});

describe("apiRoute", () => {
  it("turns an unexpected error into a JSON 500 that is never cached and leaks no detail", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const GET = apiRoute(async () => {
      throw new Error("database file is locked at /secret/path");
    });
    const response = await GET(new Request("http://localhost/api/v1/x"), undefined);
    expect(response.status).toBe(500);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    expect(JSON.parse(text).error).toMatchObject({ status: 500, code: "internal_error" });
    expect(text).not.toContain("secret");
    quiet.mockRestore();
  });
});
