import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDateTime, toZonedIsoString } from "./dates";

const meeting = new Date("2025-07-09T09:00:00Z"); // 10:00 in Tangier (UTC+1 outside Ramadan)

describe("dates in Moroccan time", () => {
  it("shows the meeting at 10:00 on Wednesday 9 July 2025 in both languages", () => {
    expect(formatDateTime(meeting, "ar")).toBe("الأربعاء، 9 يوليوز 2025 في 10:00");
    expect(formatDateTime(meeting, "fr")).toBe("mercredi 9 juillet 2025 à 10:00");
  });

  it("writes ISO 8601 with the Moroccan offset", () => {
    expect(toZonedIsoString(meeting)).toBe("2025-07-09T10:00:00+01:00");
  });

  it("never moves a calendar date stored as UTC midnight", () => {
    expect(formatCalendarDate(new Date("2024-01-01T00:00:00Z"), "fr")).toBe("1 janvier 2024");
  });
});
