// Session tokens: 32 random bytes in the cookie; only their SHA-256 is stored in the database.
import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "indh_session";
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000; // a working day; signing in again is cheap

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
