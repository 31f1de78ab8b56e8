import { describe, expect, it } from "vitest";
import { addDays, daysBetween, dueBefore, periodEnd, withoutPeriod } from "./rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("report pack calendar", () => {
  it("ends a period of years on 1 January after its last year, an open one the day after today", () => {
    expect(periodEnd({ toYear: 2025 }, day("2026-12-05"))).toEqual(day("2026-01-01"));
    expect(periodEnd({}, day("2026-12-05"))).toEqual(day("2026-12-06"));
  });

  it("lists tranches planned up to 90 days after the period's last day, 31 March of the next year", () => {
    const before = dueBefore({ toYear: 2025 }, day("2026-12-05"));
    expect(before).toEqual(day("2026-04-01"));
    expect(addDays(before, -1)).toEqual(day("2026-03-31"));
    // In a leap year's first quarter the 90th day is 30 March.
    expect(addDays(dueBefore({ toYear: 2027 }, day("2026-12-05")), -1)).toEqual(day("2028-03-30"));
    expect(dueBefore({}, day("2026-12-05"))).toEqual(day("2027-03-06"));
  });

  it("counts calendar days both ways", () => {
    expect(daysBetween(day("2025-05-01"), day("2025-06-15"))).toBe(45);
    expect(daysBetween(day("2025-06-15"), day("2025-05-01"))).toBe(-45);
  });

  it("drops the period alone from the filters", () => {
    expect(withoutPeriod({ fromYear: 2019, toYear: 2025, zone: "RURAL", phaseId: 3 })).toEqual({ zone: "RURAL", phaseId: 3 });
  });
});
