import { describe, expect, it } from "vitest";
import { buildEventCalendar, calendarUid, type CalendarEventRecord } from "./calendar";

// The seed article's event: 9 July 2025, 10:00 in Tangier = 09:00 UTC.
const EVENT: CalendarEventRecord = {
  id: 7,
  slug: "cooperatives-day-tanger-2025",
  version: 3,
  titleAr: "لقاء تواصلي بطنجة احتفاءً باليوم العالمي للتعاونيات",
  titleFr: "Une rencontre de communication à Tanger pour célébrer la Journée internationale des coopératives",
  summaryAr: "بمناسبة اليوم العالمي للتعاونيات، نظمت عمالة طنجة أصيلة لقاءً تواصلياً مع التعاونيات الشريكة للمبادرة الوطنية للتنمية البشرية.",
  summaryFr: "La préfecture de Tanger-Assilah a organisé une rencontre de communication avec les coopératives partenaires.",
  venueAr: "دار الشباب حسنونة",
  venueFr: "Maison des jeunes Hasnouna",
  commune: { nameAr: "طنجة", nameFr: "Tanger" },
  startsAt: new Date("2025-07-09T09:00:00Z"),
  updatedAt: new Date("2025-07-10T08:30:00Z"),
};
const URL_AR = "https://indh.example.ma/ar/events/cooperatives-day-tanger-2025";
const URL_FR = "https://indh.example.ma/fr/events/cooperatives-day-tanger-2025";

const ar = buildEventCalendar(EVENT, { locale: "ar", pageUrl: URL_AR });
const fr = buildEventCalendar(EVENT, { locale: "fr", pageUrl: URL_FR });

/** Undoes RFC 5545 folding (CRLF followed by one space or tab), to read whole properties. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("buildEventCalendar", () => {
  it("frames one published VEVENT with a stable UID, UTC start and the default two-hour end", () => {
    const text = unfold(ar);
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(text).toContain("\r\nBEGIN:VEVENT\r\n");
    expect(text).toContain("\r\nMETHOD:PUBLISH\r\n");
    expect(text).toContain("\r\nPRODID:-//INDH Cooperatives//Public events//AR\r\n");
    expect(text).toContain("\r\nUID:event-7@indh-cooperatives\r\n");
    expect(text).toContain("\r\nDTSTART:20250709T090000Z\r\n");
    expect(text).toContain("\r\nDTEND:20250709T110000Z\r\n");
    expect(text).toContain("\r\nDTSTAMP:20250710T083000Z\r\n");
    expect(text).toContain("\r\nSEQUENCE:2\r\n");
  });

  it("writes SUMMARY, LOCATION and DESCRIPTION in the requested language, with the page URL", () => {
    const a = unfold(ar);
    expect(a).toContain(`\r\nSUMMARY:${EVENT.titleAr}\r\n`);
    expect(a).toContain("\r\nLOCATION:دار الشباب حسنونة، طنجة\r\n");
    expect(a).toContain(`\r\nURL:${URL_AR}\r\n`);
    expect(a).toContain(`\\n\\n${URL_AR}\r\n`); // the description ends with the page address
    const f = unfold(fr);
    expect(f).toContain(`\r\nSUMMARY:${EVENT.titleFr}\r\n`);
    expect(f).toContain("\r\nLOCATION:Maison des jeunes Hasnouna\\, Tanger\r\n");
    expect(f).toContain(`\r\nURL:${URL_FR}\r\n`);
    expect(f).toContain("\r\nDESCRIPTION:La préfecture de Tanger-Assilah a organisé");
  });

  it("ends every line with CRLF and keeps every line within 75 octets, Arabic included", () => {
    for (const text of [ar, fr]) {
      expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
      const lines = text.split("\r\n");
      expect(lines.pop()).toBe(""); // the last line ends with CRLF too
      for (const line of lines) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
    }
    // The Arabic title is longer than 75 octets, so it must have been folded, and unfolds to the original.
    expect(ar.split("\r\n").some((line) => line.startsWith(" "))).toBe(true);
  });

  it("escapes commas, semicolons, backslashes and newlines in text values", () => {
    const tricky = { ...EVENT, titleFr: "Foire, stands; ateliers\\bilan\nSuite", venueFr: "Salle A; étage 2" };
    const text = unfold(buildEventCalendar(tricky, { locale: "fr", pageUrl: URL_FR }));
    expect(text).toContain("\r\nSUMMARY:Foire\\, stands\\; ateliers\\\\bilan\\nSuite\r\n");
    expect(text).toContain("\r\nLOCATION:Salle A\\; étage 2\\, Tanger\r\n");
  });

  it("is reproducible, and gives another event another UID", () => {
    expect(buildEventCalendar(EVENT, { locale: "ar", pageUrl: URL_AR })).toBe(ar);
    const other = buildEventCalendar({ ...EVENT, id: 8, slug: "another-event" }, { locale: "ar", pageUrl: URL_AR });
    expect(calendarUid(8)).not.toBe(calendarUid(7));
    expect(unfold(other)).toContain("\r\nUID:event-8@indh-cooperatives\r\n");
    expect(unfold(other)).not.toContain("UID:event-7@");
  });

  it("names the venue alone when the event has no commune", () => {
    const text = unfold(buildEventCalendar({ ...EVENT, commune: null }, { locale: "fr", pageUrl: URL_FR }));
    expect(text).toContain("\r\nLOCATION:Maison des jeunes Hasnouna\r\n");
  });
});
