// The calendar arithmetic of the "needs attention" list, pure so that it is tested on its own. Calendar
// dates are UTC midnights (like every stored calendar date); instants are compared in Morocco's time.
import { utcToZonedParts, zonedDateTimeToUtc } from "@/lib/events/casablanca-time";
import { parseCalendarDate } from "@/lib/validation/fields";

/** Items shown per group; the rest is counted ("and 7 more"). */
export const ATTENTION_LIMIT = 10;
/** A signed convention is followed by a visit at least this often (calendar months). */
export const VISIT_INTERVAL_MONTHS = 6;
/** A call is "closing soon" when its closing day in Morocco is at most this many days away. */
export const CLOSING_SOON_DAYS = 14;

const DAY = 24 * 3600 * 1000;

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY);
}

/** Whole calendar days from `from` to `to` (both UTC midnights); negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY);
}

/**
 * The same day `months` calendar months earlier, or the last day of that month when it is shorter:
 * 31 August − 6 months = 28 (or 29) February, as people count "six months ago".
 */
export function monthsBefore(day: Date, months: number): Date {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day.getUTCDate(), lastDay)));
}

/** The instant a calendar day begins in Morocco (00:00 in Casablanca). */
export function moroccoDayStart(day: Date): Date {
  return zonedDateTimeToUtc(day.toISOString().slice(0, 10), "00:00")!;
}

/** The calendar day an instant falls on in Morocco, as a UTC midnight. */
export function moroccoDayOf(instant: Date): Date {
  return parseCalendarDate(utcToZonedParts(instant).date)!;
}
