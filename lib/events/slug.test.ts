import { describe, expect, it } from "vitest";
import { SLUG_PATTERN } from "@/lib/events/schema";
import { slugify, suggestSlug, transliterateArabic } from "@/lib/events/slug";

describe("suggestSlug", () => {
  it("prefers the French title, without accents or punctuation", () => {
    expect(suggestSlug({ titleFr: "Journée des coopératives : l'économie sociale à Tanger", titleAr: "يوم التعاونيات" })).toBe(
      "journee-des-cooperatives-l-economie-sociale-a-tanger",
    );
  });

  it("adds the event's year unless the title says it, from a day-first or an ISO date", () => {
    expect(suggestSlug({ titleFr: "Atelier de formation", date: "15/03/2025" })).toBe("atelier-de-formation-2025");
    expect(suggestSlug({ titleFr: "Atelier de formation", date: "2025-03-15" })).toBe("atelier-de-formation-2025");
    expect(suggestSlug({ titleFr: "Forum 2025 des coopératives", date: "15/03/2025" })).toBe("forum-2025-des-cooperatives");
  });

  it("transliterates the Arabic title when there is no French one", () => {
    expect(suggestSlug({ titleFr: "  ", titleAr: "يوم التعاونيات بطنجة" })).toBe("youm-al-taaouniat-btnja");
    expect(suggestSlug({ titleAr: "لقاء تواصلي", date: "٢٠٢٤-٠٥-١٠" })).toBe("lka-touasli-2024");
  });

  it("always gives an address the server's format accepts, or nothing", () => {
    for (const title of ["يوم التعاونيات", "Œuvres & Ça", "--", "شَرِكَة 12", "ـــ", "A".repeat(300)]) {
      const slug = suggestSlug({ titleFr: title });
      if (slug) expect(slug).toMatch(SLUG_PATTERN);
      expect(slug.length).toBeLessThanOrEqual(80);
    }
    expect(suggestSlug({ titleFr: "", titleAr: "" })).toBe("");
  });
});

describe("transliterateArabic", () => {
  it("drops short vowels and turns Eastern Arabic digits into Latin ones", () => {
    expect(transliterateArabic("شَرِكَة ٢٠٢٥")).toBe("chrka 2025");
    expect(slugify("والتعاونيات")).toBe("oual-taaouniat");
  });
});
