import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import type { DeadlineTexts } from "@/components/calls/deadline-status";

/** The smallest whole number of each plural category of the locale (Arabic: zero 0, one 1, two 2, few 3, many 11, other 100). */
function samplesByCategory(locale: AppLocale): [Intl.LDMLPluralRule, number][] {
  const rules = new Intl.PluralRules(locale);
  const samples = new Map<Intl.LDMLPluralRule, number>();
  for (let n = 0; n <= 1000 && samples.size < rules.resolvedOptions().pluralCategories.length; n++) {
    const category = rules.select(n);
    if (!samples.has(category)) samples.set(category, n);
  }
  return [...samples];
}

/**
 * The texts DeadlineStatus shows, then public/js/public-pages.js by the visitor's clock, formatted here: public
 * pages load no i18n library. "Closes in N days" is sent as one template per plural category, with `{days}`
 * where the number goes: the browser picks the category with Intl.PluralRules, as the server would.
 */
export async function deadlineTexts(locale: AppLocale, dates: { opensText: string; closesText: string }): Promise<DeadlineTexts> {
  const t = await getTranslations({ locale, namespace: "Calls.page" });
  const number = new Intl.NumberFormat(locale);
  const closesIn = Object.fromEntries(
    samplesByCategory(locale).map(([category, n]) => [category, t("closesIn", { days: n }).replace(number.format(n), "{days}")]),
  );
  return {
    closesIn,
    closesToday: t("closesToday"),
    notYetOpen: t("notYetOpen", { date: dates.opensText }),
    closed: t("closed", { date: dates.closesText }),
    apply: t("apply"),
  };
}
