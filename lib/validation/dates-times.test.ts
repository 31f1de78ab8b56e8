import { describe, expect, it } from "vitest";
import { z } from "zod";
import { amountField, dateField, integerField, optionalDateField, parseCalendarDate, parseTimeOfDay, timeField } from "@/lib/validation/fields";
import { parseDirhamsToCentimes } from "@/lib/format/parse-money";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("dates typed day first, whatever the browser's language", () => {
  it("reads dd/mm/yyyy, its one-digit and dash/dot variants, and ISO", () => {
    expect(parseCalendarDate("15/03/2024")).toEqual(utc("2024-03-15"));
    expect(parseCalendarDate("5/3/2024")).toEqual(utc("2024-03-05"));
    expect(parseCalendarDate("15-03-2024")).toEqual(utc("2024-03-15"));
    expect(parseCalendarDate("15.03.2024")).toEqual(utc("2024-03-15"));
    expect(parseCalendarDate(" 15 / 03 / 2024 ")).toEqual(utc("2024-03-15"));
    expect(parseCalendarDate("2024-03-15")).toEqual(utc("2024-03-15"));
  });

  it("reads Eastern Arabic and Persian digits, and ignores pasted direction marks", () => {
    expect(parseCalendarDate("١٥/٠٣/٢٠٢٤")).toEqual(utc("2024-03-15"));
    expect(parseCalendarDate("۱۵/۰۳/۲۰۲۴")).toEqual(utc("2024-03-15"));
    expect(parseCalendarDate("٢٠٢٤-٠٣-١٥")).toEqual(utc("2024-03-15"));
    expect(parseCalendarDate("\u200f15/03/2024\u200f")).toEqual(utc("2024-03-15"));
  });

  it("refuses impossible and ambiguous dates", () => {
    expect(parseCalendarDate("31/02/2024")).toBeNull();
    expect(parseCalendarDate("29/02/2023")).toBeNull();
    expect(parseCalendarDate("29/02/2024")).toEqual(utc("2024-02-29"));
    expect(parseCalendarDate("15/13/2024")).toBeNull();
    expect(parseCalendarDate("٣٢/٠١/٢٠٢٤")).toBeNull();
    expect(parseCalendarDate("15/03/24")).toBeNull();
    expect(parseCalendarDate("15/03-2024")).toBeNull();
    expect(parseCalendarDate("01/01/1899")).toBeNull();
    expect(parseCalendarDate("2024/03/15")).toBeNull();
  });

  it("names the refusal with the invalidDate key (whose message names the format)", () => {
    expect(messages(dateField(), "31/02/2024")).toEqual(["invalidDate"]);
    expect(messages(optionalDateField(), "15/3")).toEqual(["invalidDate"]);
    expect(optionalDateField().parse("")).toBeNull();
    expect(dateField().parse("١٥/٠٣/٢٠٢٤")).toEqual(utc("2024-03-15"));
  });
});

describe("times of day", () => {
  it("reads 10:00, 10h00, 10h, 9h30 and Arabic digits into HH:MM", () => {
    expect(parseTimeOfDay("10:00")).toBe("10:00");
    expect(parseTimeOfDay("10h00")).toBe("10:00");
    expect(parseTimeOfDay("10h")).toBe("10:00");
    expect(parseTimeOfDay("10H")).toBe("10:00");
    expect(parseTimeOfDay("9h30")).toBe("09:30");
    expect(parseTimeOfDay("9:05")).toBe("09:05");
    expect(parseTimeOfDay("١٠:٣٠")).toBe("10:30");
    expect(parseTimeOfDay("١٠h")).toBe("10:00");
    expect(parseTimeOfDay("۱۴:۰۰")).toBe("14:00");
  });

  it("refuses what is not a time of day", () => {
    for (const bad of ["25:00", "10:60", "10", "10:", "10:5", "h30", "midi", ""]) expect(parseTimeOfDay(bad), bad).toBeNull();
    expect(messages(timeField(), "24h")).toEqual(["invalidTime"]);
    expect(timeField().parse("10h")).toBe("10:00");
  });
});

describe("amounts and counts in Arabic digits", () => {
  it("reads Eastern Arabic digits and the Arabic decimal and thousands separators", () => {
    expect(parseDirhamsToCentimes("١٥٠٠٠٠")).toBe(15_000_000n);
    expect(parseDirhamsToCentimes("١٥٠٬٠٠٠٫٥٠")).toBe(15_000_050n);
    expect(parseDirhamsToCentimes("۱۲۵۰٫۷۵ درهم")).toBe(125_075n);
    expect(amountField().parse("٨٤٩٬٣٠٠٫٠٠")).toBe(84_930_000n);
  });

  it("reads counts in Eastern Arabic and Persian digits", () => {
    expect(integerField().parse("٤٢")).toBe(42);
    expect(integerField().parse("۴۲")).toBe(42);
    expect(messages(integerField(), "٤x")).toEqual(["notANumber"]);
  });
});
