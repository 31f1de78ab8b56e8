import { describe, expect, it } from "vitest";
import { localizedPath } from "@/lib/i18n/paths";

// The addresses next-intl's getPathname gives with this app's routing (localePrefix "always", no
// translated pathnames): the public pages build theirs with localizedPath instead.
describe("localizedPath", () => {
  it("puts the locale first, the home page being the bare locale", () => {
    expect(localizedPath("ar", "/")).toBe("/ar");
    expect(localizedPath("fr", "/")).toBe("/fr");
    expect(localizedPath("ar", "/events")).toBe("/ar/events");
    expect(localizedPath("fr", "/calls/appel-2026/apply")).toBe("/fr/calls/appel-2026/apply");
    expect(localizedPath("ar", "/events/x/calendar.ics")).toBe("/ar/events/x/calendar.ics");
  });

  it("adds the query of an object href", () => {
    expect(localizedPath("ar", { pathname: "/events", query: { page: 2 } })).toBe("/ar/events?page=2");
    expect(localizedPath("fr", { pathname: "/events", query: {} })).toBe("/fr/events");
  });
});
