import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { eligibilityRules, type AxisThresholds } from "@/lib/calls/eligibility-rules";

/** The call's eligibility rules as sentences, axis by axis (from the axes' thresholds). */
export async function EligibilityRulesList({ axes, locale }: { axes: AxisThresholds[]; locale: AppLocale }) {
  const t = await getTranslations("Calls");
  return (
    <div className="space-y-3">
      <p>{t("page.eligibilityLead")}</p>
      {eligibilityRules(axes, locale).map((axis) => (
        <div key={axis.axis} className="space-y-1">
          <h3 className="font-bold text-slate-900">{axis.axis}</h3>
          {axis.rules.length === 0 ? (
            <p className="text-slate-700">{t("page.noRules")}</p>
          ) : (
            <ul className="list-disc space-y-1 ps-6" data-testid="eligibility-rules">
              {axis.rules.map((rule) => <li key={rule.key}>{t(`rules.${rule.key}`, rule.params)}</li>)}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
