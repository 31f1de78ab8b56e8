import { describe, expect, it } from "vitest";
import { filterParams, parseAuditFilters, parseDayText } from "./filters";
import { moroccanMidnight } from "./queries-page";

describe("audit page filters", () => {
  it("keeps well-formed filters and drops the rest", () => {
    expect(parseAuditFilters({ entityType: "Commune", action: "DELETE", userEmail: " Admin@Demo.ma ", entityId: "12", record: " Annour ", from: "01/01/2025", to: "2025-01-31", page: "3" })).toEqual({
      entityType: "Commune", action: "DELETE", userEmail: "admin@demo.ma", entityId: "12", record: "Annour", from: "2025-01-01", to: "2025-01-31",
      fromText: "01/01/2025", toText: "2025-01-31", invalid: [], page: 3,
    });
    expect(parseAuditFilters({ entityType: "Commune'; DROP", action: "TRUNCATE", page: "-1" })).toEqual({
      entityType: undefined, action: undefined, userEmail: undefined, entityId: undefined, record: undefined, from: undefined, to: undefined,
      fromText: undefined, toText: undefined, invalid: [], page: 1,
    });
  });

  it("reads a period typed day first, in Eastern Arabic digits too, and flags a day that does not exist", () => {
    expect(parseDayText("15/03/2025")).toBe("2025-03-15");
    expect(parseDayText("5-3-2025")).toBe("2025-03-05");
    expect(parseDayText("١٥/٠٣/٢٠٢٥")).toBe("2025-03-15");
    expect(parseDayText("۱۵/۰۳/۲۰۲۵")).toBe("2025-03-15");
    expect(parseDayText("2025-03-15")).toBe("2025-03-15");
    expect(parseDayText("31/02/2025")).toBeNull();
    expect(parseDayText("03/15/2025")).toBeNull();
    const filters = parseAuditFilters({ from: "31/02/2025", to: "15/03/2025" });
    expect(filters).toMatchObject({ from: undefined, fromText: "31/02/2025", to: "2025-03-15", invalid: ["from"] });
    // What the page links keep is what was typed, so a refused day is shown back as it was.
    expect(filterParams(filters)).toEqual({ from: "31/02/2025", to: "15/03/2025" });
  });

  it("starts a day at midnight in Morocco, whatever its offset that day", () => {
    // Morocco is at +01:00 most of the year and at +00:00 during Ramadan (13 March 2025 was in Ramadan).
    expect(moroccanMidnight("2025-01-15").toISOString()).toBe("2025-01-14T23:00:00.000Z");
    expect(moroccanMidnight("2025-03-13").toISOString()).toBe("2025-03-13T00:00:00.000Z");
  });
});
