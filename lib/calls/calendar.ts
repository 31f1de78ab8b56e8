// The deadline of a call as an iCalendar (RFC 5545) file, built with `ics` and folded by octets exactly as
// the event files are (lib/events/calendar.ts). Pure: DTSTAMP is the record's updatedAt, never "now".
import { createEvent, type EventAttributes } from "ics";
import type { AppLocale } from "@/lib/i18n/locales";
import { foldLinesByOctets } from "@/lib/events/calendar";

/** The deadline shown as a half-hour slot ending at the closing time: calendars need a duration. */
export const DEADLINE_SLOT_MINUTES = 30;

export type CalendarCall = { id: number; version?: number; title: string; closesAt: Date; updatedAt: Date };

export function callCalendarUid(callId: number): string {
  return `call-${callId}-deadline@indh-cooperatives`;
}

/** `summary` is the translated event title ("Deadline: …"), `description` a sentence with the page's address. */
export function buildCallDeadlineCalendar(call: CalendarCall, options: { locale: AppLocale; pageUrl: string; summary: string; description: string }): string {
  const end = call.closesAt.getTime();
  const attributes: EventAttributes & { timestamp: number } = {
    productId: `-//INDH Cooperatives//Calls for projects//${options.locale.toUpperCase()}`,
    method: "PUBLISH",
    uid: callCalendarUid(call.id),
    sequence: Math.max(0, (call.version ?? 1) - 1),
    timestamp: call.updatedAt.getTime(),
    lastModified: call.updatedAt.getTime(),
    start: end - DEADLINE_SLOT_MINUTES * 60_000,
    end,
    title: options.summary,
    description: `${options.description}\n\n${options.pageUrl}`,
    url: options.pageUrl,
    status: "CONFIRMED",
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error(`buildCallDeadlineCalendar: no output for call ${call.id}`);
  return foldLinesByOctets(value);
}
