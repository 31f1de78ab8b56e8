import { getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboards/dashboard-types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney, formatShare } from "@/lib/format/money";
import { FigureCard } from "@/components/figures/figure-card";

/** The headline figures of the selection, first thing a manager reads. */
export async function HeadlineCards({ dashboard, locale }: { dashboard: Dashboard; locale: AppLocale }) {
  const t = await getTranslations("Dashboard");
  const h = dashboard.headline;
  const money = (c: bigint) => formatMoney(c, locale);
  return (
    <dl className="grid grid-cols-[repeat(auto-fit,minmax(15rem,1fr))] gap-3" data-testid="headline">
      <FigureCard label={t("measures.cooperativesFunded")} value={formatCount(h.cooperativesFunded, locale)}
        detail={`${t("zone.URBAN")}: ${formatCount(h.urbanCooperativesFunded, locale)} · ${t("zone.RURAL")}: ${formatCount(h.ruralCooperativesFunded, locale)}`} />
      <FigureCard label={t("measures.grants")} value={formatCount(h.grants, locale)} />
      <FigureCard label={t("measures.totalCost")} value={money(h.totalCostCentimes)} />
      <FigureCard label={t("measures.indhContribution")} value={money(h.indhContributionCentimes)}
        detail={`${t("measures.indhShare")}: ${formatShare(h.indhContributionCentimes, h.totalCostCentimes, locale)}`} />
      <FigureCard label={t("measures.partnersContribution")} value={money(h.partnersContributionCentimes)} />
      <FigureCard label={t("measures.beneficiaryContribution")} value={money(h.beneficiaryContributionCentimes)} />
      <FigureCard label={t("measures.tranchesPaid")} value={money(h.tranchesPaidCentimes)}
        detail={`${t("measures.tranchesPlanned")}: ${money(h.tranchesPlannedCentimes)} · ${formatShare(h.tranchesPaidCentimes, h.tranchesPlannedCentimes, locale)}`} />
      <FigureCard label={t("measures.womenLedCooperatives")} value={formatCount(h.womenLedCooperatives, locale)}
        detail={`${t("measures.youthCooperatives")}: ${formatCount(h.youthCooperatives, locale)}`} />
    </dl>
  );
}
