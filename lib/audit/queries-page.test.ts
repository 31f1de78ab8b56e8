import { describe, expect, it } from "vitest";
import { moroccanMidnight, parseAuditFilters } from "./queries-page";

describe("audit page filters", () => {
  it("keeps well-formed filters and drops the rest", () => {
    expect(parseAuditFilters({ entityType: "Commune", action: "DELETE", userEmail: " Admin@Demo.ma ", entityId: "12", from: "2025-01-01", to: "2025-01-31", page: "3" })).toEqual({
      entityType: "Commune", action: "DELETE", userEmail: "admin@demo.ma", entityId: "12", from: "2025-01-01", to: "2025-01-31", page: 3,
    });
    expect(parseAuditFilters({ entityType: "Commune'; DROP", action: "TRUNCATE", from: "2025-02-31", page: "-1" })).toEqual({
      entityType: undefined, action: undefined, userEmail: undefined, entityId: undefined, from: undefined, to: undefined, page: 1,
    });
  });

  it("starts a day at midnight in Morocco, whatever its offset that day", () => {
    // Morocco is at +01:00 most of the year and at +00:00 during Ramadan (13 March 2025 was in Ramadan).
    expect(moroccanMidnight("2025-01-15").toISOString()).toBe("2025-01-14T23:00:00.000Z");
    expect(moroccanMidnight("2025-03-13").toISOString()).toBe("2025-03-13T00:00:00.000Z");
  });
});
