// Passwords are hashed with argon2id (@node-rs/argon2, OWASP's recommended parameters by default).
import { hash, verify } from "@node-rs/argon2";

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Stored instead of a hash when an account must never sign in again with a password it had (a removed
 * demonstration account kept for the audit trail): not an argon2 hash, so no password verifies against
 * it, and re-activating the account does not bring any password back; only a new password set by an
 * administrator does.
 */
export const UNUSABLE_PASSWORD_HASH = "!no-password";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

// Verifying against this when the email is unknown takes as long as a real check, so response time
// does not reveal whether an account exists.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hash("decoy password that matches nothing");
  return decoy;
}
