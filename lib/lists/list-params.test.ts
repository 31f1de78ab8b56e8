import { describe, expect, it } from "vitest";
import { intFilter, listHref, parseListParams } from "./list-params";

const options = { sorts: ["name", "createdAt"] as const, defaultSort: "name" as const, filters: ["commune", "zone"] };

describe("list parameters from the URL", () => {
  it("falls back to defaults for anything unexpected", () => {
    expect(parseListParams({ page: "-3", sort: "password", dir: "sideways", evil: "x" }, options)).toEqual({ q: "", page: 1, sort: "name", dir: "asc", filters: {} });
  });

  it("keeps search, filters, sort and page", () => {
    const params = parseListParams({ q: " تعاونية ", page: "2", sort: "createdAt", dir: "desc", commune: "3", zone: ["URBAN", "RURAL"] }, options);
    expect(params).toEqual({ q: "تعاونية", page: 2, sort: "createdAt", dir: "desc", filters: { commune: "3", zone: "URBAN" } });
    expect(listHref("/ar/admin/cooperatives", params, { zone: "RURAL" })).toBe(
      "/ar/admin/cooperatives?q=%D8%AA%D8%B9%D8%A7%D9%88%D9%86%D9%8A%D8%A9&sort=createdAt&dir=desc&commune=3&zone=RURAL",
    );
  });

  it("reads only positive integer ids from filters", () => {
    expect(intFilter("12")).toBe(12);
    expect(intFilter("0")).toBeUndefined();
    expect(intFilter("1 OR 1=1")).toBeUndefined();
  });
});
