import { afterEach, describe, expect, it, vi } from "vitest";
import { isSameSiteRequest } from "./request-origin";

afterEach(() => vi.unstubAllEnvs());
const check = (headers: Record<string, string>) => isSameSiteRequest(new Headers(headers));

describe("isSameSiteRequest", () => {
  it("refuses Origin: null and origins that are not http(s) URLs", () => {
    for (const origin of ["null", "NULL", "", "data:", "file://", "javascript:alert(1)", "not a url"]) {
      expect(check({ host: "localhost:3000", origin }), origin).toBe(false);
    }
  });

  it("refuses another site, accepts this one by Host, X-Forwarded-Host or PUBLIC_BASE_URL", () => {
    vi.stubEnv("PUBLIC_BASE_URL", "https://indh.example/");
    expect(check({ host: "localhost:3000", origin: "https://evil.example" })).toBe(false);
    expect(check({ host: "localhost:3000", origin: "http://localhost:3000" })).toBe(true);
    expect(check({ host: "127.0.0.1:3000", "x-forwarded-host": "indh.gov.ma", origin: "https://indh.gov.ma" })).toBe(true);
    expect(check({ host: "127.0.0.1:3000", origin: "https://indh.example" })).toBe(true);
    expect(check({ host: "localhost:3000", origin: "http://localhost:3001" })).toBe(false);
  });

  it("lets a request without Origin through (the SameSite=Lax cookie guards it)", () => {
    expect(check({ host: "localhost:3000" })).toBe(true);
  });
});
