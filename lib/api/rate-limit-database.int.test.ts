// The API's rate limit counted in the database (the default on PostgreSQL), on both providers: the same
// windows as the in-memory limiter, one count shared by several app instances, no count lost under load.
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { apiRateLimitStore, DatabaseRateLimiter } from "./rate-limit";

const T0 = 1_750_000_000_000;

describe("DatabaseRateLimiter", () => {
  afterEach(() => {
    delete process.env.API_RATE_LIMIT_STORE;
  });

  it("allows `limit` requests in a window, counting down, then refuses with the seconds left; then a new window", async () => {
    const limiter = new DatabaseRateLimiter(3, 60_000);
    const remaining = [];
    for (const i of [0, 1, 2]) remaining.push((await limiter.hit("ip:a", T0 + i * 1000)).remaining);
    expect(remaining).toEqual([2, 1, 0]);
    expect(await limiter.hit("ip:a", T0 + 45_000)).toEqual({ allowed: false, limit: 3, remaining: 0, resetSeconds: 15 });
    expect(await limiter.hit("ip:a", T0 + 59_999)).toMatchObject({ allowed: false, resetSeconds: 1 });
    expect(await limiter.hit("ip:b", T0 + 59_999)).toMatchObject({ allowed: true, remaining: 2 });
    expect(await limiter.hit("ip:a", T0 + 60_000)).toEqual({ allowed: true, limit: 3, remaining: 2, resetSeconds: 60 });
  });

  it("shares one count between app instances and loses none under concurrent requests", async () => {
    const instances = [new DatabaseRateLimiter(1000, 60_000), new DatabaseRateLimiter(1000, 60_000)];
    const decisions = await Promise.all(Array.from({ length: 40 }, (_, i) => instances[i % 2]!.hit("ip:burst", T0 + i)));
    expect(decisions.every((d) => d.allowed)).toBe(true);
    const row = await getDb().apiRateWindow.findUniqueOrThrow({ where: { key: "ip:burst" } });
    expect(row.count).toBe(40);
    expect(Math.min(...decisions.map((d) => d.remaining))).toBe(960);
  });

  it("drops the rows of ended windows when a new address arrives", async () => {
    const limiter = new DatabaseRateLimiter(5, 60_000);
    await limiter.hit("ip:old", T0);
    await limiter.hit("ip:new", T0 + 120_000);
    const keys = (await getDb().apiRateWindow.findMany({ where: { key: { in: ["ip:old", "ip:new"] } }, orderBy: { key: "asc" } })).map((r) => r.key);
    expect(keys).toEqual(["ip:new"]);
  });

  it("is the store on PostgreSQL, memory on SQLite, unless API_RATE_LIMIT_STORE says", () => {
    expect(apiRateLimitStore()).toBe(process.env.TEST_DATABASE === "postgres" ? "database" : "memory");
    process.env.API_RATE_LIMIT_STORE = "memory";
    expect(apiRateLimitStore()).toBe("memory");
    process.env.API_RATE_LIMIT_STORE = "database";
    expect(apiRateLimitStore()).toBe("database");
  });
});
