// What every endpoint of the public API does around its data: ETag and 304, the rate limit per address
// with 429 and Retry-After, and CORS preflight.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedAll } from "@/prisma/seed/seed-all";
import { resetApiRateLimiter } from "@/lib/api/rate-limit";
import { CLIENT_ADDRESS_HEADER, trustClientAddressHeader } from "@/lib/http/client-address";
import { GET as listEvents, OPTIONS } from "@/app/api/v1/events/route";
import { GET as getFigures } from "@/app/api/v1/figures/route";

// As server.ts hands requests to the app: the client's address stamped in its header (lib/http/client-address.ts).
const from = (address: string, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/v1/events", { headers: { [CLIENT_ADDRESS_HEADER]: address, ...headers } });

beforeAll(async () => {
  await seedAll(getDb(), { demo: false });
  trustClientAddressHeader();
});

beforeEach(async () => {
  resetApiRateLimiter();
  await getDb().apiRateWindow.deleteMany(); // the counts of the database store (the default on PostgreSQL)
});

afterAll(() => {
  trustClientAddressHeader(false);
  delete process.env.API_RATE_LIMIT;
  resetApiRateLimiter();
});

describe("ETag", () => {
  it("answers 304 without a body when If-None-Match holds the current tag, and 200 otherwise", async () => {
    const first = await getFigures(new Request("http://localhost/api/v1/figures"), undefined);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    // The same figures give the same tag: the body holds no "computed at" time.
    const again = await getFigures(new Request("http://localhost/api/v1/figures"), undefined);
    expect(again.headers.get("etag")).toBe(etag);

    const revalidated = await getFigures(new Request("http://localhost/api/v1/figures", { headers: { "if-none-match": `W/${etag}` } }), undefined);
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect(revalidated.headers.get("etag")).toBe(etag);
    expect(revalidated.headers.get("cache-control")).toContain("max-age=60");

    const stale = await listEvents(from("192.0.2.1", { "if-none-match": '"something-else"' }), undefined);
    expect(stale.status).toBe(200);
    expect((await stale.json()).events).toHaveLength(1);
  });
});

describe("rate limit", () => {
  it("refuses the (limit+1)-th request of an address with 429 and Retry-After, and still serves another", async () => {
    process.env.API_RATE_LIMIT = "3";
    resetApiRateLimiter();
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await listEvents(from("203.0.113.7"), undefined);
      expect(response.status).toBe(200);
      remaining.push(response.headers.get("ratelimit-remaining"));
    }
    expect(remaining).toEqual(["2", "1", "0"]);

    // A new X-Forwarded-For on each request does not make a new client.
    const refused = await listEvents(from("203.0.113.7", { "x-forwarded-for": "198.51.100.99" }), undefined);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get("ratelimit-limit")).toBe("3");
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(refused.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((await refused.json()).error).toMatchObject({ status: 429, code: "rate_limited" });

    const other = await listEvents(from("198.51.100.20"), undefined);
    expect(other.status).toBe(200);
    expect(other.headers.get("ratelimit-remaining")).toBe("2");
  });
});

describe("CORS", () => {
  it("answers a preflight for GET from any origin", async () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    expect(response.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });
});

describe("an unknown path under /api/v1", () => {
  it("answers a JSON 404 naming the endpoints", async () => {
    const { GET: unknownPath } = await import("@/app/api/v1/[...path]/route");
    const response = await unknownPath(new Request("http://localhost/api/v1/event", { headers: { [CLIENT_ADDRESS_HEADER]: "203.0.113.9" } }), undefined);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toContain("No endpoint at /api/v1/event.");
    expect(body.error.message).toContain("/api/v1/figures");
  });
});
