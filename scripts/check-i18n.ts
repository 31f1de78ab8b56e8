// `npm run test:i18n`: ar and fr must have exactly the same message keys, all valid ICU, with the numbers of
// right-to-left messages isolated.
import fs from "node:fs";
import path from "node:path";
import { LOCALES } from "@/lib/i18n/locales";
import { findCatalogueProblems, flattenMessages, type Messages } from "@/lib/i18n/check-catalogues";

const catalogues = LOCALES.map((locale) => ({
  locale,
  messages: JSON.parse(fs.readFileSync(path.join("messages", `${locale}.json`), "utf8")) as Messages,
}));
const problems = findCatalogueProblems(catalogues);
if (problems.length > 0) {
  console.error(`i18n check failed:\n${problems.join("\n")}`);
  process.exit(1);
}
const sizes = catalogues.map((c) => `${c.locale} ${flattenMessages(c.messages).size} keys`).join(", ");
console.log(`i18n: ${sizes}; identical key sets, every message is valid ICU; numbers in right-to-left messages are isolated.`);
