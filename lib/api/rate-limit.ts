// Rate limit of the public API: a fixed window per client address (by default 60 requests a minute),
// starting at the client's first request.
//
// Two stores, chosen by API_RATE_LIMIT_STORE: `memory` counts in this process, which is right for one
// machine running one `next start` (SQLite's deployment, and the default there: no write per request);
// `database` counts in the ApiRateWindow table, shared by every instance behind a load balancer (the
// default on PostgreSQL), at the cost of one small write per API request.
import { countApiRequest } from "@/lib/api/mutations";
import { dbProvider } from "@/lib/db";
import { clientAddressOf } from "@/lib/http/client-address";

export type RateLimitDecision = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window ends and the count starts again (at least 1). */
  resetSeconds: number;
};

type Window = { startedAt: number; count: number };

// Past this many addresses, finished windows are dropped, so a scan from many addresses cannot grow the
// map without bound.
const SWEEP_ABOVE = 10_000;

export class FixedWindowRateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one request from `key` at time `now` (milliseconds; injected so tests need no sleeps). */
  hit(key: string, now: number = Date.now()): RateLimitDecision {
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      if (!window && this.windows.size >= SWEEP_ABOVE) this.sweep(now);
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    const resetSeconds = Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000));
    return {
      allowed: window.count <= this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - window.count),
      resetSeconds,
    };
  }

  get trackedKeys(): number {
    return this.windows.size;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
    }
  }
}

export const DEFAULT_API_RATE_LIMIT = 60;
export const DEFAULT_API_RATE_WINDOW_SECONDS = 60;

function positiveIntegerFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

/** The same fixed windows, counted in the database (lib/api/mutations.ts): one count for every instance. */
export class DatabaseRateLimiter {
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  async hit(key: string, now: number = Date.now()): Promise<RateLimitDecision> {
    const window = await countApiRequest(key, new Date(now), this.windowMs);
    const resetSeconds = Math.max(1, Math.ceil((window.windowStart.getTime() + this.windowMs - now) / 1000));
    return {
      allowed: window.count <= this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - window.count),
      resetSeconds,
    };
  }
}

export type ApiRateLimiter = FixedWindowRateLimiter | DatabaseRateLimiter;

let shared: ApiRateLimiter | undefined;

/** `database` or `memory`: API_RATE_LIMIT_STORE, else the database on PostgreSQL and memory on SQLite. */
export function apiRateLimitStore(): "database" | "memory" {
  const chosen = process.env.API_RATE_LIMIT_STORE;
  if (chosen === "database" || chosen === "memory") return chosen;
  return dbProvider() === "postgresql" ? "database" : "memory";
}

/**
 * The API's limiter, configured by API_RATE_LIMIT, API_RATE_WINDOW_SECONDS and API_RATE_LIMIT_STORE when
 * first used.
 */
export function getApiRateLimiter(): ApiRateLimiter {
  if (!shared) {
    const limit = positiveIntegerFromEnv("API_RATE_LIMIT", DEFAULT_API_RATE_LIMIT);
    const windowMs = positiveIntegerFromEnv("API_RATE_WINDOW_SECONDS", DEFAULT_API_RATE_WINDOW_SECONDS) * 1000;
    shared = apiRateLimitStore() === "database" ? new DatabaseRateLimiter(limit, windowMs) : new FixedWindowRateLimiter(limit, windowMs);
  }
  return shared;
}

/** Forgets every count and rereads the environment on next use (tests). */
export function resetApiRateLimiter(): void {
  shared = undefined;
}

/** The client's address, as server.ts worked it out from the socket and TRUST_PROXY (lib/http/client-address.ts). */
export function clientAddress(request: Request): string {
  return clientAddressOf(request.headers);
}
