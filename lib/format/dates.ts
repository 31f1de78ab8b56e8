// Timestamps are stored in UTC and shown in Moroccan time. Calendar dates (approval, tranche) are stored
// as UTC midnight and shown in UTC so that no time zone can move them to the previous day.
import { dateTimeFormat } from "@/lib/format/intl-cache";
import type { AppLocale } from "@/lib/i18n/locales";

export const DISPLAY_TIME_ZONE = "Africa/Casablanca";

export function formatDateTime(value: Date, locale: AppLocale): string {
  return dateTimeFormat(`${locale}-MA`, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: DISPLAY_TIME_ZONE,
  }).format(value);
}

export function formatEventDate(value: Date, locale: AppLocale): string {
  return dateTimeFormat(`${locale}-MA`, { dateStyle: "full", timeZone: DISPLAY_TIME_ZONE }).format(value);
}

export function formatTime(value: Date, locale: AppLocale): string {
  return dateTimeFormat(`${locale}-MA`, { timeStyle: "short", timeZone: DISPLAY_TIME_ZONE }).format(value);
}

export function formatCalendarDate(value: Date, locale: AppLocale): string {
  return dateTimeFormat(`${locale}-MA`, { dateStyle: "long", timeZone: "UTC" }).format(value);
}

/**
 * A calendar date as the forms show and take it: day first, "15/03/2024", whatever the browser's language
 * (native date inputs follow the browser's locale and showed 03/15/2024 to some staff). Read back by
 * parseCalendarDate (lib/validation/fields.ts).
 */
export function formatFormDate(value: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(value.getUTCDate())}/${two(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
}

/** ISO 8601 with the Moroccan offset, e.g. "2025-07-09T10:00:00+01:00", for schema.org and <time>. */
export function toZonedIsoString(value: Date): string {
  const parts = dateTimeFormat("en-CA", {
    timeZone: DISPLAY_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZoneName: "longOffset",
  }).formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const offset = part("timeZoneName").replace("GMT", "") || "+00:00";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}:${part("second")}${offset}`;
}

/** A document's issue date, day first in both languages (04/12/2026), in Moroccan time: the print view's header. */
export function formatIssueDate(value: Date, locale: AppLocale): string {
  return dateTimeFormat(`${locale}-MA`, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: DISPLAY_TIME_ZONE }).format(value);
}
