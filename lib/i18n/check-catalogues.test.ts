import { describe, expect, it } from "vitest";
import { findCatalogueProblems } from "./check-catalogues";

describe("message catalogues", () => {
  it("accepts identical key sets", () => {
    expect(findCatalogueProblems([
      { locale: "ar", messages: { Nav: { home: "الرئيسية" } } },
      { locale: "fr", messages: { Nav: { home: "Accueil" } } },
    ])).toEqual([]);
  });

  it("names a key missing from one locale", () => {
    expect(findCatalogueProblems([
      { locale: "ar", messages: { Nav: { home: "الرئيسية", events: "اللقاءات" } } },
      { locale: "fr", messages: { Nav: { home: "Accueil" } } },
    ])).toEqual(["Nav.events is in ar.json but missing from fr.json"]);
  });

  it("rejects a message that is not valid ICU", () => {
    const problems = findCatalogueProblems([{ locale: "fr", messages: { Events: { count: "{count, plural, one {#}" } } }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("Events.count is not valid ICU");
  });

  it("refuses an Arabic message whose amount is not isolated", () => {
    expect(findCatalogueProblems([{ locale: "ar", messages: { Reconciliation: { differs: "بفارق {difference}." } } }])).toEqual([
      "ar.json Reconciliation.differs: {difference} is not isolated (wrap it in \\u2068...\\u2069 so right-to-left text keeps its order)",
    ]);
  });
});
