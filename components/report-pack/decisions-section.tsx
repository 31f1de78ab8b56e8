import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney } from "@/lib/format/money";
import { formatCalendarDate, formatDateTime } from "@/lib/format/dates";
import type { DecisionsToTake } from "@/lib/report-pack/types";
import type { DashboardTranslate } from "@/lib/exports/translate";
import { AmountBars } from "@/components/report-pack/amount-bars";
import { ProjectName, ReportTable } from "@/components/report-pack/report-table";
import { ReportSection } from "@/components/report-pack/report-section";

type Props = { decisions: DecisionsToTake; locale: AppLocale; dt: DashboardTranslate };

/** What waits for the committee: undecided agenda items of planned sessions, approved grants unsigned. */
export async function DecisionsSection({ decisions, locale, dt }: Props) {
  const t = await getTranslations("ReportPack.decisions");
  const { agenda, unsigned } = decisions;
  const money = (c: bigint) => formatMoney(c, locale);
  const more = (list: { count: number; rows: unknown[] }) =>
    list.count > list.rows.length && <p className="text-sm text-slate-700">{t("more", { count: list.count - list.rows.length, number: formatCount(list.count - list.rows.length, locale) })}</p>;
  return (
    <ReportSection id="report-decisions" title={t("title")} lead={t("lead")} testId="report-decisions">
      <AmountBars
        title={t("chartTitle")} groupLabel={t("columns.group")} countLabel={t("columns.count")} amountLabel={t("columns.amount")} totalLabel={t("total")} locale={locale} dt={dt}
        bars={[
          { key: "agenda", label: t("agendaGroup"), count: agenda.count, amountCentimes: agenda.amountCentimes },
          { key: "unsigned", label: t("unsignedGroup"), count: unsigned.count, amountCentimes: unsigned.amountCentimes },
        ]}
      />
      {agenda.count === 0 ? (
        <p>{t("agendaNone")}</p>
      ) : (
        <div className="space-y-1">
          <ReportTable
            caption={t("agendaCaption")}
            testId="report-agenda"
            columns={[
              { label: t("columns.applicant") }, { label: t("columns.session") }, { label: t("columns.rank"), numeric: true },
              { label: t("columns.commune") }, { label: t("columns.requested"), numeric: true }, { label: t("columns.totalCost"), numeric: true },
            ]}
            rows={agenda.rows.map((r) => ({
              key: String(r.itemId),
              cells: [
                <ProjectName key="p" cooperative={r.applicant} title={r.projectTitle}
                  detail={`${t("receipt", { code: r.receiptCode })} · ${t("call", { reference: r.callReference })}`} />,
                t("sessionValue", { date: formatDateTime(r.sessionHeldOn, locale), place: r.sessionPlace }),
                <span key="r">{t("rankValue", { rank: formatCount(r.rank, locale) })}{r.scoreAtAgenda !== null && <span className="block text-xs text-slate-700">{t("score", { score: formatCount(r.scoreAtAgenda, locale) })}</span>}</span>,
                r.commune,
                money(r.requestedCentimes),
                money(r.totalCostCentimes),
              ],
            }))}
            total={[t("total"), "", formatCount(agenda.count, locale), "", money(agenda.amountCentimes), money(agenda.totalCostCentimes)]}
          />
          {more(agenda)}
        </div>
      )}
      {unsigned.count === 0 ? (
        <p>{t("unsignedNone")}</p>
      ) : (
        <div className="space-y-1">
          <ReportTable
            caption={t("unsignedCaption")}
            testId="report-unsigned"
            columns={[
              { label: t("columns.project") }, { label: t("columns.commune") }, { label: t("columns.approvedOn"), numeric: true },
              { label: t("columns.convention") }, { label: t("columns.indh"), numeric: true }, { label: t("columns.totalCost"), numeric: true },
            ]}
            rows={unsigned.rows.map((r) => ({
              key: String(r.grantId),
              cells: [
                <ProjectName key="p" cooperative={r.cooperative} title={r.grantTitle} detail={r.fromApplication ? t("fromApplication") : undefined} />,
                r.commune,
                formatCalendarDate(r.approvedOn, locale),
                r.conventionReference === null ? t("conventionNone") : t("conventionDraft", { reference: r.conventionReference }),
                money(r.indhContributionCentimes),
                money(r.totalCostCentimes),
              ],
            }))}
            total={[t("total"), formatCount(unsigned.count, locale), "", "", money(unsigned.amountCentimes), money(unsigned.totalCostCentimes)]}
          />
          {more(unsigned)}
        </div>
      )}
    </ReportSection>
  );
}
