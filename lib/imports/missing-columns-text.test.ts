import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";
import { COMMUNE_COLUMNS } from "@/lib/territory/import-columns";
import { missingColumnsText } from "./missing-columns-text";

const problems = (locale: "ar" | "fr") =>
  createTranslator({ locale, messages: locale === "ar" ? ar : fr, namespace: "Imports.problems" }) as unknown as Parameters<typeof missingColumnsText>[0];
const bare = (s: string) => s.replace(/[\u2066-\u2069]/g, "");
const setting = COMMUNE_COLUMNS.filter((c) => c.key === "setting");

describe("a missing column named for people (every import, communes too)", () => {
  it("names the column by its headers in the reader's language first and lists the file's own headers", () => {
    const text = bare(missingColumnsText(problems("fr"), "fr", setting, ["Code de la commune", "Nom en arabe", " "]));
    expect(text).toContain("« Milieu » (ou « الوسط »)");
    expect(text).toContain("« Code de la commune », « Nom en arabe »");
    expect(text).not.toContain("setting");
    const arabic = bare(missingColumnsText(problems("ar"), "ar", setting, ["رمز الجماعة"]));
    expect(arabic).toContain("«الوسط» (أو «Milieu»)");
    expect(arabic).toContain("«رمز الجماعة»");
  });

  it("says the file had no headers, and keeps a crafted header row short", () => {
    expect(bare(missingColumnsText(problems("fr"), "fr", setting, []))).toContain(fr.Imports.problems.noHeaders);
    const long = missingColumnsText(problems("fr"), "fr", setting, Array.from({ length: 500 }, (_, i) => `${"x".repeat(300)}${i}`));
    expect(long.length).toBeLessThan(4_000);
  });
});
