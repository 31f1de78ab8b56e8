import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/format/money";
import type { AxisDetail } from "@/lib/territory/types";

/** An axis's eligibility rules, each shown as "no rule" when null (null means the rule does not apply). */
export async function Thresholds({ axis }: { axis: AxisDetail }) {
  const [t, locale] = await Promise.all([getTranslations("Territory"), getLocale() as Promise<AppLocale>]);
  const percent = (v: number | null) => (v === null ? t("noRule") : t("percent", { value: v }));
  const rows: [string, string][] = [
    [t("maxIndhSharePercent"), percent(axis.maxIndhSharePercent)],
    [t("maxIndhContribution"), axis.maxIndhContributionCentimes === null ? t("noRule") : formatMoney(axis.maxIndhContributionCentimes, locale)],
    [t("minWomenOrYouthMembersPercent"), percent(axis.minWomenOrYouthMembersPercent)],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-700">{label}</dt>
          <dd className="font-semibold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
