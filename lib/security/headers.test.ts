import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/headers";

describe("security headers", () => {
  it("forbid framing and other origins, and allow eval only in development", () => {
    const production = contentSecurityPolicy(true);
    expect(production).toContain("frame-ancestors 'none'");
    expect(production).toContain("object-src 'none'");
    expect(production).not.toContain("unsafe-eval");
    expect(production).not.toMatch(/https?:/);
    expect(contentSecurityPolicy(false)).toContain("'unsafe-eval'");
  });

  it("with a nonce, allow only the scripts that carry it (and those they load), never inline ones", () => {
    const policy = contentSecurityPolicy(true, "abc123");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    // Styles keep 'unsafe-inline' without a nonce: with a nonce listed, browsers would ignore it (headers.ts).
    expect(policy).toContain("style-src 'self' 'unsafe-inline';");
    expect(contentSecurityPolicy(true)).toContain("script-src 'self' 'unsafe-inline';");
  });

  it("send HSTS in production only", () => {
    const names = (production: boolean) => securityHeaders(production).map((h) => h.key);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
    expect(names(true)).toEqual(expect.arrayContaining(["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"]));
  });
});
