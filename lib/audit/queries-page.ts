import "server-only";
import { containsText, getDb } from "@/lib/db";
import { fromAuditJson } from "@/lib/audit/serialize";
import { refsOf } from "@/lib/audit/fields";
import { loadNames } from "@/lib/audit/queries-names";
import type { StoredName } from "@/lib/audit/present";
import type { AuditFilters } from "@/lib/audit/filters";
import { prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import { parseCalendarDate } from "@/lib/validation/fields";
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";
import { PAGE_SIZE } from "@/lib/lists/list-params";

// The audit page: every entry the reader may see (their prefecture's; all for a national role), newest
// first, filtered by record, user, action and period; the export reads the same query, every page of it.

// The shared Pagination component pages by PAGE_SIZE, so the trail uses the same size.
export const AUDIT_PAGE_SIZE = PAGE_SIZE;
/** An export holds at most this many entries (a year of a busy prefecture); the notes say when it is cut. */
export const AUDIT_EXPORT_MAX = 20_000;

export type AuditPageEntry = {
  id: number;
  at: Date;
  userEmail: string;
  userName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

export type AuditPage = { entries: AuditPageEntry[]; total: number; currentNames: Map<string, StoredName> };

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
  const and = [];
  // A user by e-mail or by name (the name as the account has it now).
  if (filters.userEmail) and.push({ OR: [{ userEmail: containsText(filters.userEmail) }, { user: { name: containsText(filters.userEmail) } }] });
  // A record by its id, or by a name or title its snapshots hold (old and new entries alike).
  if (filters.record) {
    const text = containsText(filters.record);
    and.push({ OR: [{ entityId: filters.record }, { before: text }, { after: text }] });
  }
  return {
    ...prefectureScope(user),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(at.gte || at.lt ? { at } : {}),
    ...(and.length ? { AND: and } : {}),
  };
}

const entrySelect = { id: true, at: true, userEmail: true, user: { select: { name: true } }, action: true, entityType: true, entityId: true, reason: true, before: true, after: true } as const;

type Row = { before: string | null; after: string | null; user: { name: string } | null } & Omit<AuditPageEntry, "before" | "after" | "userName">;

/** Rows as entries, with today's names of what they point to (used only where a snapshot stored none). */
export async function toEntries(rows: Row[]): Promise<{ entries: AuditPageEntry[]; currentNames: Map<string, StoredName> }> {
  const entries = rows.map(({ before, after, user, ...row }) => ({ ...row, userName: user?.name ?? null, before: fromAuditJson(before), after: fromAuditJson(after) }));
  const refs = entries.flatMap((e) => [...refsOf(e.entityType, e.before), ...refsOf(e.entityType, e.after)]);
  return { entries, currentNames: await loadNames(getDb(), refs) };
}

export async function listAuditEntries(user: SessionUser, filters: AuditFilters, { all = false } = {}): Promise<AuditPage> {
  const db = getDb();
  const where = whereOf(user, filters);
  const window: { skip?: number; take: number } = all ? { take: AUDIT_EXPORT_MAX } : { skip: (filters.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE };
  const [rows, total] = await Promise.all([
    db.auditEntry.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      ...window,
      select: entrySelect,
    }),
    db.auditEntry.count({ where }),
  ]);
  return { ...(await toEntries(rows)), total };
}

/** The entity types present in the reader's part of the trail, for the filter's select. */
export async function listAuditEntityTypes(user: SessionUser): Promise<string[]> {
  const rows = await getDb().auditEntry.findMany({ where: prefectureScope(user), distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } });
  return rows.map((r) => r.entityType);
}
