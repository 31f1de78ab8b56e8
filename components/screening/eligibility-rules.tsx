import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { formatCount, formatMoney, formatShare } from "@/lib/format/money";
import type { EligibilityResult } from "@/lib/screening/rules";

/** The words of a rule's detail, formatted for the reader (raw values are what is stored). */
function params(rule: EligibilityResult, locale: AppLocale): Record<string, string> {
  const d = rule.detail;
  const num = (key: string) => Number(d[key] ?? 0);
  const tenths = (key: string) => formatShare(BigInt(Math.trunc(num(key))), 1000n, locale);
  switch (rule.code) {
    case "womenOrYouthShare":
      return { min: formatCount(num("min"), locale), share: tenths("shareTenths") };
    case "indhShareCeiling":
      return { max: formatCount(num("max"), locale), share: tenths("shareTenths") };
    case "indhAmountCeiling":
      return { amount: formatMoney(BigInt(String(d.amountCentimes ?? "0")), locale), max: formatMoney(BigInt(String(d.maxCentimes ?? "0")), locale) };
    case "requiredDocument":
      return { label: localized(locale, String(d.labelAr ?? ""), String(d.labelFr ?? "")) };
  }
}

/** Each rule as a sentence with ✓ or ✗ (and the same said in words for screen readers). */
export async function EligibilityRules({ rules, locale }: { rules: EligibilityResult[]; locale: AppLocale }) {
  const t = await getTranslations("Screening.rules");
  if (rules.length === 0) return <p>{t("none")}</p>;
  return (
    <ul className="space-y-1" data-testid="eligibility-rules">
      {rules.map((rule, i) => (
        <li key={`${rule.code}-${i}`} className={`flex gap-2 ${rule.passed ? "text-slate-900" : "font-semibold text-red-900"}`} data-passed={rule.passed}>
          <span aria-hidden="true" className={rule.passed ? "text-brand-700" : "text-red-800"}>{rule.passed ? "✓" : "✗"}</span>
          <span>
            <span className="sr-only">{rule.passed ? t("passed") : t("failed")}: </span>
            {t(`${rule.code}.${rule.passed ? "passed" : "failed"}` as "requiredDocument.passed", params(rule, locale))}
          </span>
        </li>
      ))}
    </ul>
  );
}
