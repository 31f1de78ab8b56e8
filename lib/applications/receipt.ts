// The two things an applicant takes away: a receipt code to quote on the phone (short, no letters that read
// alike: no 0/O, 1/I/L, 5/S, 2/Z, 8/B) and a private link whose token is never stored, only its SHA-256.
import { createHash, randomBytes, randomInt } from "node:crypto";

export const RECEIPT_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

/** XXXX-XXXX: 25^8, about 1.5e11 codes; a collision is caught by the unique index and drawn again. */
export function newReceiptCode(): string {
  const chars = Array.from({ length: 8 }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

export const RECEIPT_CODE_PATTERN = new RegExp(`^[${RECEIPT_ALPHABET}]{4}-[${RECEIPT_ALPHABET}]{4}$`);

/** 24 random bytes, base64url: 32 characters. */
export function newAccessToken(): string {
  return randomBytes(24).toString("base64url");
}

export function hashAccessToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A token the links can carry: anything else is a 404 without a database read. */
export const ACCESS_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;
