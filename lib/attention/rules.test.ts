import { describe, expect, it } from "vitest";
import { addDays, daysBetween, monthsBefore, moroccoDayOf, moroccoDayStart } from "./rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("attention rules", () => {
  it("counts six calendar months back, to the month's last day when it is shorter", () => {
    expect(monthsBefore(day("2025-06-15"), 6)).toEqual(day("2024-12-15"));
    expect(monthsBefore(day("2025-08-31"), 6)).toEqual(day("2025-02-28"));
    expect(monthsBefore(day("2024-08-31"), 6)).toEqual(day("2024-02-29"));
    expect(monthsBefore(day("2025-03-31"), 6)).toEqual(day("2024-09-30"));
  });

  it("counts whole days between calendar dates", () => {
    expect(daysBetween(day("2025-05-01"), day("2025-06-15"))).toBe(45);
    expect(daysBetween(day("2025-06-15"), day("2025-06-15"))).toBe(0);
    expect(addDays(day("2025-06-15"), 15)).toEqual(day("2025-06-30"));
  });

  it("reads days in Morocco's time: UTC+1, and UTC+0 during Ramadan", () => {
    expect(moroccoDayStart(day("2025-06-15"))).toEqual(new Date("2025-06-14T23:00:00Z"));
    expect(moroccoDayStart(day("2025-03-10"))).toEqual(new Date("2025-03-10T00:00:00Z"));
    expect(moroccoDayOf(new Date("2025-06-29T23:30:00Z"))).toEqual(day("2025-06-30"));
    expect(moroccoDayOf(new Date("2025-06-29T22:59:00Z"))).toEqual(day("2025-06-29"));
  });
});
