"use client";

import { useLocale, useTranslations } from "next-intl";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/format/money";
import type { RunningTotal } from "@/lib/grants/running-total";

const figure = "whitespace-nowrap text-lg font-bold tabular-nums";

/**
 * What the contributions add up to and what remains to allocate against the total cost, recomputed by the
 * form as the user types. The sentence under the figures is announced to screen readers when it changes.
 */
export function RunningTotalPanel({ total }: { total: RunningTotal }) {
  const t = useTranslations("Grants.form.runningTotal");
  const locale = useLocale() as AppLocale;
  const money = (c: bigint) => <bdi>{formatMoney(c, locale)}</bdi>;
  const gap = total.gapCentimes;
  const absGap = gap === null ? null : gap < 0n ? -gap : gap;
  const sentence =
    gap === null ? t("noTotal") : gap === 0n ? t("balanced") : t(gap > 0n ? "short" : "over", { gap: formatMoney(absGap!, locale) });
  const tone = gap === null ? "border-slate-300 bg-slate-50" : gap === 0n ? "border-green-700 bg-green-50" : "border-amber-600 bg-amber-50";
  return (
    <section aria-labelledby="grant-running-total" className={`space-y-2 rounded-md border-2 p-4 ${tone}`} data-running-total>
      <h3 id="grant-running-total" className="font-bold text-brand-800">{t("title")}</h3>
      <dl className="grid gap-3 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-slate-700">{t("totalCost")}</dt>
          <dd className={figure}>{total.totalCostCentimes === null ? "—" : money(total.totalCostCentimes)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("contributions")}</dt>
          <dd className={figure}>{money(total.contributionsCentimes)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{gap !== null && gap < 0n ? t("excess") : t("remaining")}</dt>
          <dd className={figure}>{absGap === null ? "—" : money(absGap)}</dd>
        </div>
      </dl>
      <p aria-live="polite" className="font-semibold text-slate-900">{sentence}</p>
      {total.unreadable.length > 0 && <p className="text-sm text-red-800">{t("unreadable")}</p>}
    </section>
  );
}
