import { describe, expect, it } from "vitest";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { dashboardFiltersToQuery, dashboardHref, mergeDashboardFilters, parseDashboardFilters } from "./filter-url";

const full: DashboardFilters = {
  fromYear: 2019, toYear: 2025, prefectureId: 3, zone: "RURAL", communeId: 12, phaseId: 2, programmeId: 4, axisId: 9, status: "IN_PROGRESS",
};

describe("parseDashboardFilters", () => {
  it("reads every filter from a record or URLSearchParams", () => {
    const query = "fromYear=2019&toYear=2025&prefectureId=3&zone=RURAL&communeId=12&phaseId=2&programmeId=4&axisId=9&status=IN_PROGRESS";
    expect(parseDashboardFilters(new URLSearchParams(query))).toEqual(full);
    expect(parseDashboardFilters(Object.fromEntries(new URLSearchParams(query)))).toEqual(full);
  });

  it("ignores invalid values without failing", () => {
    expect(parseDashboardFilters({
      fromYear: "19", toYear: "abc", phaseId: "0", programmeId: "-4", axisId: "1e3", communeId: "0x10",
      prefectureId: "1234567890", zone: "urban", status: "DELETED",
    })).toEqual({});
    expect(parseDashboardFilters({ phaseId: "2.5", zone: "", status: undefined })).toEqual({});
  });

  it("takes the first of repeated parameters and trims spaces", () => {
    expect(parseDashboardFilters({ zone: ["URBAN", "RURAL"], phaseId: " 2 " })).toEqual({ zone: "URBAN", phaseId: 2 });
  });

  it("drops a reversed period rather than guessing", () => {
    expect(parseDashboardFilters({ fromYear: "2025", toYear: "2019", zone: "URBAN" })).toEqual({ zone: "URBAN" });
    expect(parseDashboardFilters({ fromYear: "2021", toYear: "2021" })).toEqual({ fromYear: 2021, toYear: 2021 });
  });

  it("ignores unknown parameters", () => {
    expect(parseDashboardFilters({ page: "2", q: "x", zone: "URBAN" })).toEqual({ zone: "URBAN" });
  });
});

describe("dashboardFiltersToQuery", () => {
  it("writes a canonical order whatever the object's key order", () => {
    expect(dashboardFiltersToQuery({ status: "APPROVED", fromYear: 2020, zone: "URBAN" })).toBe("fromYear=2020&zone=URBAN&status=APPROVED");
    expect(dashboardFiltersToQuery({})).toBe("");
  });

  it("round-trips exactly", () => {
    expect(parseDashboardFilters(new URLSearchParams(dashboardFiltersToQuery(full)))).toEqual(full);
    const query = "fromYear=2019&zone=URBAN&programmeId=4";
    expect(dashboardFiltersToQuery(parseDashboardFilters(new URLSearchParams(query)))).toBe(query);
    for (const partial of [{}, { toYear: 2020 }, { status: "CANCELLED" as const }, { zone: "RURAL" as const, axisId: 1 }]) {
      expect(parseDashboardFilters(new URLSearchParams(dashboardFiltersToQuery(partial)))).toEqual(partial);
    }
  });
});

describe("dashboardHref", () => {
  it("merges a row's filter into the current filters", () => {
    expect(dashboardHref("/admin/dashboard", { fromYear: 2019, toYear: 2025 }, { zone: "URBAN" }))
      .toBe("/admin/dashboard?fromYear=2019&toYear=2025&zone=URBAN");
    expect(dashboardHref("/admin/dashboard", { fromYear: 2019, toYear: 2025 }, { fromYear: 2021, toYear: 2021 }))
      .toBe("/admin/dashboard?fromYear=2021&toYear=2021");
  });

  it("removes a filter set to undefined and gives the bare path when nothing is left", () => {
    expect(dashboardHref("/d", { zone: "URBAN" }, { zone: undefined })).toBe("/d");
  });

  it("drops the axis when the programme changes, keeps it when it does not", () => {
    expect(mergeDashboardFilters({ programmeId: 1, axisId: 5 }, { programmeId: 2 })).toEqual({ programmeId: 2 });
    expect(mergeDashboardFilters({ programmeId: 1, axisId: 5 }, { programmeId: 1 })).toEqual({ programmeId: 1, axisId: 5 });
    expect(mergeDashboardFilters({ programmeId: 1, axisId: 5 }, { programmeId: 2, axisId: 7 })).toEqual({ programmeId: 2, axisId: 7 });
    expect(mergeDashboardFilters({ prefectureId: 1, communeId: 5 }, { prefectureId: undefined })).toEqual({});
  });

  it("does not change the current filters object", () => {
    const current: DashboardFilters = { zone: "URBAN" };
    dashboardHref("/d", current, { zone: "RURAL" });
    expect(current).toEqual({ zone: "URBAN" });
  });
});
