import { describe, expect, it } from "vitest";
import { sortByName } from "./collate";

describe("names sorted in the reader's language", () => {
  it("puts accented French names among their letter, not after z", () => {
    expect(sortByName(["Zaouiat", "Éducation", "Artisanat"], "fr", (n) => n)).toEqual(["Artisanat", "Éducation", "Zaouiat"]);
  });

  it("sorts Arabic names in Arabic alphabetical order, hamza forms with alef", () => {
    // Code points would put آ/أ/إ (U+0622-0625) before ا (U+0627) and ب: the collator keeps them among alef.
    expect(sortByName(["بني مكادة", "أمل", "ابن بطوطة"], "ar", (n) => n)).toEqual(["ابن بطوطة", "أمل", "بني مكادة"]);
    expect(["بني مكادة", "أمل", "ابن بطوطة"].sort()).toEqual(["أمل", "ابن بطوطة", "بني مكادة"]); // what ORDER BY gives
  });

  it("orders numbers inside names by value", () => {
    expect(sortByName(["Axe 10", "Axe 2"], "fr", (n) => n)).toEqual(["Axe 2", "Axe 10"]);
  });
});
