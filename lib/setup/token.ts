// The first-run setup token: random, shown once in the server's console, stored only as a hash. Pure
// functions (no database) so they can be unit tested.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Long enough for an operator to read the console and open the page; a restart prints a new one. */
export const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/** 192 random bits: guessing is hopeless even without the throttle. */
export function newSetupToken(): string {
  return randomBytes(24).toString("base64url");
}

export function hashSetupToken(token: string): string {
  return createHash("sha256").update(token.trim(), "utf8").digest("hex");
}

/** Compares two hex SHA-256 hashes in constant time (the time does not tell how many characters match). */
export function sameTokenHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === 32 && right.length === 32 && timingSafeEqual(left, right);
}
