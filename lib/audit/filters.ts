// The audit page's filters, read from the URL (a GET form: a filtered view can be bookmarked and shared,
// and the export link carries the same query). Anything malformed is dropped rather than trusted; a period
// typed in a form nobody can read is kept as typed and flagged, so the page can say so next to the field.
import { parseCalendarDate } from "@/lib/validation/fields";
import { normalizeDigits } from "@/lib/format/digits";

export const AUDIT_ACTIONS = ["CREATE", "UPDATE", "DELETE", "IMPORT"] as const;

export type AuditFilters = {
  entityType?: string;
  action?: (typeof AUDIT_ACTIONS)[number];
  /** A user's name or e-mail, or part of it. */
  userEmail?: string;
  entityId?: string;
  /** A record's id, or part of its name or title as stored in the trail. */
  record?: string;
  /** Inclusive calendar days in Moroccan time, as YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** The period as typed (15/03/2025, 2025-03-15, ١٥/٠٣/٢٠٢٥), to show it back. */
  fromText?: string;
  toText?: string;
  invalid: ("from" | "to")[];
  page: number;
};

type Raw = Record<string, string | string[] | undefined>;

/** "15/03/2025", "5-3-2025", "2025-03-15", "١٥/٠٣/٢٠٢٥" → "2025-03-15" (the forms' one date reader); null when it is no calendar day. */
export function parseDayText(text: string): string | null {
  return parseCalendarDate(text)?.toISOString().slice(0, 10) ?? null;
}

export function parseAuditFilters(raw: Raw): AuditFilters {
  const one = (key: string) => {
    const value = raw[key];
    return ((Array.isArray(value) ? value[0] : value) ?? "").trim().slice(0, 200);
  };
  const action = one("action");
  const page = Number.parseInt(one("page"), 10);
  const invalid: AuditFilters["invalid"] = [];
  const day = (key: "from" | "to") => {
    const text = one(key);
    if (!text) return undefined;
    const parsed = parseDayText(text);
    if (!parsed) invalid.push(key);
    return parsed ?? undefined;
  };
  const [from, to] = [day("from"), day("to")];
  return {
    entityType: /^[A-Za-z]{1,40}$/.test(one("entityType")) ? one("entityType") : undefined,
    action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? (action as AuditFilters["action"]) : undefined,
    userEmail: one("userEmail").toLowerCase() || undefined,
    entityId: one("entityId") || undefined,
    record: normalizeDigits(one("record")) || undefined,
    from,
    to,
    fromText: one("from") || undefined,
    toText: one("to") || undefined,
    invalid,
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

/** The filters as URL parameters (what the page, its pagination and the export link share). */
export function filterParams(filters: AuditFilters): Record<string, string> {
  const { entityType, action, userEmail, entityId, record, fromText, toText } = filters;
  const all = { entityType, action, userEmail, entityId, record, from: fromText, to: toText };
  return Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
