import { describe, expect, it } from "vitest";
import { utcToZonedParts, zonedDateTimeToUtc, zoneOffsetMinutes } from "./casablanca-time";

describe("Casablanca local time to UTC", () => {
  it("takes one hour off in summer (UTC+1): the seed event's 10:00 on 9 July 2025 is 09:00Z", () => {
    expect(zonedDateTimeToUtc("2025-07-09", "10:00")?.toISOString()).toBe("2025-07-09T09:00:00.000Z");
  });

  it("takes nothing off during Ramadan (UTC+0): 10:00 on 10 March 2025 is 10:00Z", () => {
    expect(zonedDateTimeToUtc("2025-03-10", "10:00")?.toISOString()).toBe("2025-03-10T10:00:00.000Z");
    expect(zoneOffsetMinutes(Date.parse("2025-03-10T10:00:00Z"))).toBe(0);
  });

  it("uses the offset of the instant itself on the days Morocco switches", () => {
    // 2025: back to UTC+1 on Sunday 6 April at 02:00 UTC (02:00 -> 03:00 local).
    expect(zonedDateTimeToUtc("2025-04-05", "23:30")?.toISOString()).toBe("2025-04-05T23:30:00.000Z");
    expect(zonedDateTimeToUtc("2025-04-06", "10:00")?.toISOString()).toBe("2025-04-06T09:00:00.000Z");
    expect(zonedDateTimeToUtc("2025-02-22", "10:00")?.toISOString()).toBe("2025-02-22T09:00:00.000Z");
  });

  it("refuses impossible dates and times", () => {
    expect(zonedDateTimeToUtc("2025-02-30", "10:00")).toBeNull();
    expect(zonedDateTimeToUtc("2025-07-09", "24:00")).toBeNull();
    expect(zonedDateTimeToUtc("09/07/2025", "10:00")).toBeNull();
  });

  it("gives back the texts the form shows", () => {
    expect(utcToZonedParts(new Date("2025-07-09T09:00:00Z"))).toEqual({ date: "2025-07-09", time: "10:00" });
    expect(utcToZonedParts(new Date("2025-03-10T10:00:00Z"))).toEqual({ date: "2025-03-10", time: "10:00" });
    expect(utcToZonedParts(new Date("2025-07-08T23:30:00Z"))).toEqual({ date: "2025-07-09", time: "00:30" });
  });
});
