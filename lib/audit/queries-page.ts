import "server-only";
import { containsText, getDb } from "@/lib/db";
import { diffSnapshots } from "@/lib/audit/queries";
import { fromAuditJson } from "@/lib/audit/serialize";
import { prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import { parseCalendarDate } from "@/lib/validation/fields";
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";
import { PAGE_SIZE } from "@/lib/lists/list-params";

// The audit trail page: every entry the reader may see (their prefecture's; all for a national role),
// newest first, filtered from a GET form so a filtered view can be bookmarked and shared.

// The shared Pagination component pages by PAGE_SIZE, so the trail uses the same size.
export const AUDIT_PAGE_SIZE = PAGE_SIZE;
export const AUDIT_ACTIONS = ["CREATE", "UPDATE", "DELETE", "IMPORT"] as const;

export type AuditFilters = {
  entityType?: string;
  action?: (typeof AUDIT_ACTIONS)[number];
  userEmail?: string;
  entityId?: string;
  /** Inclusive calendar days in Moroccan time, as typed (YYYY-MM-DD). */
  from?: string;
  to?: string;
  page: number;
};

export type AuditPageEntry = {
  id: number;
  at: Date;
  userEmail: string;
  action: string;
  entityType: string;
  entityId: string;
  reason: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
};

type Raw = Record<string, string | string[] | undefined>;

/** Reads the filters from the URL; anything malformed is dropped rather than trusted. */
export function parseAuditFilters(raw: Raw): AuditFilters {
  const one = (key: string) => {
    const value = raw[key];
    return ((Array.isArray(value) ? value[0] : value) ?? "").trim().slice(0, 200);
  };
  const action = one("action");
  const page = Number.parseInt(one("page"), 10);
  const date = (key: string) => (parseCalendarDate(one(key)) ? one(key) : undefined);
  return {
    entityType: /^[A-Za-z]{1,40}$/.test(one("entityType")) ? one("entityType") : undefined,
    action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? (action as AuditFilters["action"]) : undefined,
    userEmail: one("userEmail").toLowerCase() || undefined,
    entityId: one("entityId") || undefined,
    from: date("from"),
    to: date("to"),
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

/** Midnight of a calendar day in Moroccan time, as a UTC instant (Morocco moves between +00 and +01). */
export function moroccanMidnight(day: string): Date {
  const utc = parseCalendarDate(day)!;
  const offset = new Intl.DateTimeFormat("en-US", { timeZone: DISPLAY_TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(utc)
    .find((p) => p.type === "timeZoneName")?.value.replace("GMT", "");
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset ?? "");
  const minutes = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(utc.getTime() - minutes * 60_000);
}

function whereOf(user: SessionUser, filters: AuditFilters) {
  const at: { gte?: Date; lt?: Date } = {};
  if (filters.from) at.gte = moroccanMidnight(filters.from);
  if (filters.to) at.lt = new Date(moroccanMidnight(filters.to).getTime() + 24 * 3_600_000);
  return {
    ...prefectureScope(user),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.userEmail ? { userEmail: containsText(filters.userEmail) } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(at.gte || at.lt ? { at } : {}),
  };
}

export async function listAuditEntries(user: SessionUser, filters: AuditFilters): Promise<{ entries: AuditPageEntry[]; total: number }> {
  const db = getDb();
  const where = whereOf(user, filters);
  const [rows, total] = await Promise.all([
    db.auditEntry.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, at: true, userEmail: true, action: true, entityType: true, entityId: true, reason: true, before: true, after: true },
    }),
    db.auditEntry.count({ where }),
  ]);
  const entries = rows.map(({ before, after, ...row }) => ({ ...row, changes: diffSnapshots(fromAuditJson(before), fromAuditJson(after)) }));
  return { entries, total };
}

/** The entity types present in the reader's part of the trail, for the filter's select. */
export async function listAuditEntityTypes(user: SessionUser): Promise<string[]> {
  const rows = await getDb().auditEntry.findMany({ where: prefectureScope(user), distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } });
  return rows.map((r) => r.entityType);
}
