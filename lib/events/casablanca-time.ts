// Event times are typed as a local date and time in Morocco and stored in UTC. Morocco is on UTC+1 except
// during Ramadan (UTC+0), so the offset is not a constant: it is asked of Intl for the instant itself.
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function partsIn(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: part("year"), month: part("month"), day: part("day"), hour: part("hour"), minute: part("minute") };
}

/** Minutes the zone is ahead of UTC at that instant (60 in a Moroccan July, 0 in Ramadan). */
export function zoneOffsetMinutes(instant: number, timeZone = DISPLAY_TIME_ZONE): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** "2025-07-09" + "10:00" in Casablanca -> 2025-07-09T09:00:00Z; null when either text is not valid. */
export function zonedDateTimeToUtc(date: string, time: string, timeZone = DISPLAY_TIME_ZONE): Date | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  const check = new Date(wall);
  if (check.getUTCDate() !== Number(d[3]) || check.getUTCMonth() !== Number(d[2]) - 1) return null;
  // First guess with the offset at the wall time read as UTC; correct once if the guess crossed a switch.
  const first = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
  const second = wall - zoneOffsetMinutes(first, timeZone) * 60_000;
  return new Date(second);
}

/** The form's date and time texts of a stored instant, in Casablanca time. */
export function utcToZonedParts(value: Date, timeZone = DISPLAY_TIME_ZONE): { date: string; time: string } {
  const p = partsIn(value.getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return { date: `${p.year}-${two(p.month)}-${two(p.day)}`, time: `${two(p.hour)}:${two(p.minute)}` };
}
