import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney } from "@/lib/format/money";
import { formatCalendarDate } from "@/lib/format/dates";
import { addDays } from "@/lib/report-pack/rules";
import type { ListWithTotals, TrancheDueRow, TranchesDue } from "@/lib/report-pack/types";
import type { DashboardTranslate } from "@/lib/exports/translate";
import { AmountBars } from "@/components/report-pack/amount-bars";
import { ProjectName, ReportTable } from "@/components/report-pack/report-table";
import { ReportSection } from "@/components/report-pack/report-section";

type Props = { tranches: TranchesDue; locale: AppLocale; dt: DashboardTranslate };

/** Unpaid tranches up to 90 days after the period: overdue first, then due, each with its totals. */
export async function TranchesSection({ tranches, locale, dt }: Props) {
  const t = await getTranslations("ReportPack.tranches");
  const date = (d: Date) => formatCalendarDate(d, locale);
  const lastDay = addDays(tranches.dueBefore, -1);
  const overdueBefore = tranches.dueBefore < tranches.today ? tranches.dueBefore : tranches.today;
  const table = (list: ListWithTotals<TrancheDueRow>, caption: string, overdue: boolean, testId: string) => (
    <div className="space-y-1">
      <ReportTable
        caption={caption}
        testId={testId}
        columns={[
          { label: t("columns.project") }, { label: t("columns.commune") }, { label: t("columns.tranche") },
          { label: t("columns.plannedOn"), numeric: true }, { label: overdue ? t("columns.late") : t("columns.dueIn"), numeric: true },
          { label: t("columns.readiness") }, { label: t("columns.amount"), numeric: true },
        ]}
        rows={list.rows.map((r) => ({
          key: String(r.trancheId),
          cells: [
            <ProjectName key="p" cooperative={r.cooperative} title={r.grantTitle} />,
            r.commune,
            t("position", { position: formatCount(r.position, locale) }),
            date(r.plannedOn),
            overdue ? t("daysLate", { count: r.daysLate, number: formatCount(r.daysLate, locale) }) : t("dueInDays", { count: -r.daysLate, number: formatCount(-r.daysLate, locale) }),
            t(`readiness.${r.readiness}`, { date: r.milestoneReachedOn ? date(r.milestoneReachedOn) : "" }),
            formatMoney(r.amountCentimes, locale),
          ],
        }))}
        total={[t("total"), "", formatCount(list.count, locale), "", "", "", formatMoney(list.amountCentimes, locale)]}
      />
      {list.count > list.rows.length && <p className="text-sm text-slate-700">{t("more", { count: list.count - list.rows.length, number: formatCount(list.count - list.rows.length, locale) })}</p>}
    </div>
  );
  return (
    <ReportSection id="report-tranches" title={t("title")} lead={t("lead", { date: date(lastDay), today: date(tranches.today) })} testId="report-tranches">
      <AmountBars
        title={t("chartTitle")} groupLabel={t("columns.group")} countLabel={t("columns.count")} amountLabel={t("columns.amount")} totalLabel={t("total")} locale={locale} dt={dt}
        bars={[
          { key: "overdue", label: t("overdue"), count: tranches.overdue.count, amountCentimes: tranches.overdue.amountCentimes },
          { key: "due", label: t("due"), count: tranches.due.count, amountCentimes: tranches.due.amountCentimes },
        ]}
      />
      {tranches.overdue.count === 0
        ? <p>{t("noneOverdue")}</p>
        : table(tranches.overdue, t("overdueCaption", { date: date(overdueBefore) }), true, "report-overdue")}
      {tranches.due.count === 0
        ? <p>{t("noneDue")}</p>
        : table(tranches.due, t("dueCaption", { from: date(tranches.today), to: date(lastDay) }), false, "report-due")}
    </ReportSection>
  );
}
