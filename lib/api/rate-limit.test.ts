// The limiter is driven by an injected clock: no test waits for real time to pass.
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, trustClientAddressHeader } from "@/lib/http/client-address";
import { clientAddress, FixedWindowRateLimiter, getApiRateLimiter, resetApiRateLimiter } from "./rate-limit";

const T0 = 1_750_000_000_000;

describe("FixedWindowRateLimiter", () => {
  it("allows `limit` requests in a window, counting down, then refuses with the seconds left", () => {
    const limiter = new FixedWindowRateLimiter(3, 60_000);
    expect([0, 1, 2].map((i) => limiter.hit("a", T0 + i * 1000).remaining)).toEqual([2, 1, 0]);
    const refused = limiter.hit("a", T0 + 45_000);
    expect(refused).toEqual({ allowed: false, limit: 3, remaining: 0, resetSeconds: 15 });
    // Still refused in the last millisecond of the window; never "retry in 0 s".
    expect(limiter.hit("a", T0 + 59_999)).toMatchObject({ allowed: false, resetSeconds: 1 });
  });

  it("starts a new window once the old one is over", () => {
    const limiter = new FixedWindowRateLimiter(1, 60_000);
    expect(limiter.hit("a", T0).allowed).toBe(true);
    expect(limiter.hit("a", T0 + 1).allowed).toBe(false);
    expect(limiter.hit("a", T0 + 60_000)).toEqual({ allowed: true, limit: 1, remaining: 0, resetSeconds: 60 });
  });

  it("counts each address on its own", () => {
    const limiter = new FixedWindowRateLimiter(1, 60_000);
    expect(limiter.hit("a", T0).allowed).toBe(true);
    expect(limiter.hit("a", T0).allowed).toBe(false);
    expect(limiter.hit("b", T0).allowed).toBe(true);
  });

  it("drops finished windows once it tracks many addresses, so memory stays bounded", () => {
    const limiter = new FixedWindowRateLimiter(5, 1000);
    for (let i = 0; i < 10_000; i++) limiter.hit(`10.0.${i >> 8}.${i & 255}`, T0);
    expect(limiter.trackedKeys).toBe(10_000);
    limiter.hit("fresh", T0 + 1000);
    expect(limiter.trackedKeys).toBe(1);
  });
});

describe("the API's limiter", () => {
  afterEach(() => {
    delete process.env.API_RATE_LIMIT;
    delete process.env.API_RATE_WINDOW_SECONDS;
    resetApiRateLimiter();
  });

  it("defaults to 60 a minute and reads API_RATE_LIMIT / API_RATE_WINDOW_SECONDS after a reset", () => {
    resetApiRateLimiter();
    expect([getApiRateLimiter().limit, getApiRateLimiter().windowMs]).toEqual([60, 60_000]);
    process.env.API_RATE_LIMIT = "5";
    process.env.API_RATE_WINDOW_SECONDS = "10";
    resetApiRateLimiter();
    expect([getApiRateLimiter().limit, getApiRateLimiter().windowMs]).toEqual([5, 10_000]);
    process.env.API_RATE_LIMIT = "lots";
    resetApiRateLimiter();
    expect(getApiRateLimiter().limit).toBe(60);
  });

  it("keys clients by the address server.ts stamped, never by X-Forwarded-For; without server.ts all are \"unknown\"", () => {
    const request = (headers: Record<string, string>) => new Request("http://localhost/api/v1/events", { headers });
    try {
      trustClientAddressHeader();
      expect(clientAddress(request({ [CLIENT_ADDRESS_HEADER]: "::ffff:203.0.113.5", "x-forwarded-for": "6.6.6.6" }))).toBe("203.0.113.5");
      expect(clientAddress(request({ "x-forwarded-for": "6.6.6.6" }))).toBe("unknown");
      expect(clientAddress(request({ [CLIENT_ADDRESS_HEADER]: "<script>" }))).toBe("unknown");
      // Under `next dev` or a bare `next start` nobody stamps the header, so a copy sent by a client is ignored.
      trustClientAddressHeader(false);
      expect(clientAddress(request({ [CLIENT_ADDRESS_HEADER]: "203.0.113.5", "x-forwarded-for": "6.6.6.6" }))).toBe("unknown");
    } finally {
      trustClientAddressHeader(false);
    }
  });
});
