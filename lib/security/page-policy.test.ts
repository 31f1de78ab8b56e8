import { describe, expect, it } from "vitest";
import { applyPagePolicy, isSharedCachedPage } from "@/lib/security/page-policy";

describe("the policy of each page", () => {
  it("treats only the public event, call, cooperative and results pages and the home page as cached for everyone", () => {
    expect(isSharedCachedPage("/ar/events/cooperatives-day-tanger-2025")).toBe(true);
    expect(isSharedCachedPage("/fr/events/x/")).toBe(true);
    expect(isSharedCachedPage("/ar/calls/appel-2026")).toBe(true);
    expect(isSharedCachedPage("/fr/cooperatives/12")).toBe(true);
    // The public results, kept by server.ts's page cache with their query string (lib/page-cache/query-pages.ts).
    expect(isSharedCachedPage("/ar/results")).toBe(true);
    expect(isSharedCachedPage("/fr/results/")).toBe(true);
    // The home page, kept by the same page cache by its path.
    expect(isSharedCachedPage("/ar")).toBe(true);
    expect(isSharedCachedPage("/fr/")).toBe(true);
    // The application form under a call is rendered per request, with its nonce.
    expect(isSharedCachedPage("/ar/calls/appel-2026/apply")).toBe(false);
    expect(isSharedCachedPage("/fr/calls")).toBe(false);
    // Pages behind sign-in, the sign-in page, a setup page nobody listed, and public pages rendered per request.
    for (const path of ["/ar/admin", "/fr/admin/grants/3/edit", "/ar/sign-in", "/ar/setup", "/", "/en", "/ar/events", "/ar/results/x", "/ar/events/x/calendar"]) {
      expect(isSharedCachedPage(path), path).toBe(false);
    }
  });

  it("puts a new nonce on the request of every other page, and drops a policy the client sent", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const headers = new Headers({ "content-security-policy": "script-src 'nonce-mine'", "content-security-policy-report-only": "x" });
      const policy = applyPagePolicy("/ar/admin", headers, true);
      expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic';/);
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(headers.get("content-security-policy")).toBe(policy);
      expect(headers.has("content-security-policy-report-only")).toBe(false);
      seen.add(policy!);
    }
    expect(seen.size).toBe(20);
  });

  it("leaves a cached page to the shared policy, without the client's", () => {
    const headers = new Headers({ "content-security-policy": "script-src 'nonce-mine'" });
    expect(applyPagePolicy("/ar/events/x", headers, true)).toBeNull();
    expect(headers.has("content-security-policy")).toBe(false);
  });
});
