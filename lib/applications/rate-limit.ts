import "server-only";
// The public form's limit per client address: APPLY_RATE_LIMIT submissions (default 20) per
// APPLY_RATE_WINDOW_SECONDS (default 3600), refused or not. Counted in the database with the API's fixed
// windows (lib/api/rate-limit.ts) under "apply#<address>" keys, so every instance shares the count; the
// address is the one server.ts worked out (lib/http/client-address.ts), which a client cannot forge.
import { headers } from "next/headers";
import { DatabaseRateLimiter, type RateLimitDecision } from "@/lib/api/rate-limit";
import { clientAddressOf } from "@/lib/http/client-address";

export const DEFAULT_APPLY_RATE_LIMIT = 20;
export const DEFAULT_APPLY_RATE_WINDOW_SECONDS = 3600;

function positiveInteger(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

export async function countApplySubmission(now: number = Date.now()): Promise<RateLimitDecision> {
  const limiter = new DatabaseRateLimiter(
    positiveInteger("APPLY_RATE_LIMIT", DEFAULT_APPLY_RATE_LIMIT),
    positiveInteger("APPLY_RATE_WINDOW_SECONDS", DEFAULT_APPLY_RATE_WINDOW_SECONDS) * 1000,
  );
  return limiter.hit(`apply#${clientAddressOf(await headers())}`, now);
}
