// The signed form ticket: proof that a submission comes from a form this server served for this call, and
// when. It is "<callId>.<servedAt ms>.<HMAC-SHA256 of both, base64url>"; the key lives in the database
// (AppSecret, lib/applications/ticket-key.ts) so every instance signs and checks alike. A robot posting
// straight to the action has no ticket; one that fetches the form must wait the minimum fill time, and a
// ticket older than a day is refused (a saved form is reloaded).
import { createHmac, timingSafeEqual } from "node:crypto";

export const TICKET_MAX_AGE_MS = 24 * 3600 * 1000;
export const DEFAULT_MIN_FILL_SECONDS = 3;

export type TicketCheck = "ok" | "missing" | "forged" | "tooQuick" | "expired";

const sign = (key: string, callId: number, servedAt: number) => createHmac("sha256", key).update(`${callId}.${servedAt}`).digest("base64url");

export function issueTicket(key: string, callId: number, servedAt: number = Date.now()): string {
  return `${callId}.${servedAt}.${sign(key, callId, servedAt)}`;
}

export function checkTicket(key: string, ticket: unknown, callId: number, options: { now?: number; minFillSeconds: number }): TicketCheck {
  if (typeof ticket !== "string" || ticket === "") return "missing";
  const match = /^(\d{1,9})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(ticket);
  if (!match) return "forged";
  const [, ticketCall, servedText, signature] = match;
  const servedAt = Number(servedText);
  const expected = Buffer.from(sign(key, callId, servedAt));
  const given = Buffer.from(signature!);
  // A ticket of another call fails here too: the call id is part of what was signed.
  if (Number(ticketCall) !== callId || given.length !== expected.length || !timingSafeEqual(given, expected)) return "forged";
  const now = options.now ?? Date.now();
  if (now - servedAt < options.minFillSeconds * 1000) return "tooQuick";
  if (now - servedAt > TICKET_MAX_AGE_MS) return "expired";
  return "ok";
}

/** APPLY_MIN_FILL_SECONDS (default 3; the tests set 0). */
export function minFillSeconds(): number {
  const value = Number(process.env.APPLY_MIN_FILL_SECONDS);
  return process.env.APPLY_MIN_FILL_SECONDS !== undefined && Number.isFinite(value) && value >= 0 ? value : DEFAULT_MIN_FILL_SECONDS;
}
