// Rate limit of the public API: a fixed window per client address (by default 60 requests a minute).
//
// The counters live in this process's memory, so each server process counts on its own: that is right
// for one machine running one `next start`, but behind several instances a client gets `limit` requests
// per instance. There, limit in the reverse proxy (nginx `limit_req`) or count in the database, as the
// sign-in limiter does (lib/auth/rate-limit.ts), whose counts must hold across instances for security.
// Here the limit only protects the server from being hammered, so the cheaper in-memory count is enough.

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

let shared: FixedWindowRateLimiter | undefined;

/** The API's limiter, configured by API_RATE_LIMIT and API_RATE_WINDOW_SECONDS when first used. */
export function getApiRateLimiter(): FixedWindowRateLimiter {
  shared ??= new FixedWindowRateLimiter(
    positiveIntegerFromEnv("API_RATE_LIMIT", DEFAULT_API_RATE_LIMIT),
    positiveIntegerFromEnv("API_RATE_WINDOW_SECONDS", DEFAULT_API_RATE_WINDOW_SECONDS) * 1000,
  );
  return shared;
}

/** Forgets every count and rereads the environment on next use (tests). */
export function resetApiRateLimiter(): void {
  shared = undefined;
}

/**
 * The client's address: the first hop of X-Forwarded-For, as the reverse proxy in front of `next start`
 * sets it. Without a proxy the header is whatever the client sends, so deploy behind one that overwrites it.
 */
export function clientAddress(request: Request): string {
  const first = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first || "unknown";
}
