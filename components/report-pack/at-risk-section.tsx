import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney } from "@/lib/format/money";
import { formatCalendarDate } from "@/lib/format/dates";
import type { ListWithTotals, ProjectAtRiskRow } from "@/lib/report-pack/types";
import { ProjectName, ReportTable } from "@/components/report-pack/report-table";
import { ReportSection } from "@/components/report-pack/report-section";

type Props = { projects: ListWithTotals<ProjectAtRiskRow>; locale: AppLocale };

/** Findings are typed freely on the visit form (up to 5,000 characters): the report keeps their start. */
const FINDINGS_SHOWN = 600;
const shorten = (text: string) => (text.length > FINDINGS_SHOWN ? `${text.slice(0, FINDINGS_SHOWN).trimEnd()}…` : text);

/** The projects the latest visit found at risk or stalled, with that visit: date, state, findings, jobs. */
export async function AtRiskSection({ projects, locale }: Props) {
  const t = await getTranslations("ReportPack.atRisk");
  const v = await getTranslations("Visits");
  const jobs = (p: ProjectAtRiskRow) => {
    if (p.jobs === null) return t("notMeasured");
    const now = formatCount(p.jobs, locale);
    return p.baselineJobs === null ? t("jobsNoBaseline", { now }) : t("jobsValue", { now, baseline: formatCount(p.baselineJobs, locale) });
  };
  return (
    <ReportSection id="report-at-risk" title={t("title")} lead={t("lead")} testId="report-at-risk">
      <p className="font-semibold" data-testid="report-at-risk-summary">{t("summary", { count: projects.count, number: formatCount(projects.count, locale), amount: formatMoney(projects.amountCentimes, locale) })}</p>
      {projects.count === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="space-y-1">
          <ReportTable
            caption={t("caption")}
            testId="report-at-risk-table"
            columns={[
              { label: t("columns.project") }, { label: t("columns.state") }, { label: t("columns.visit"), numeric: true },
              { label: t("columns.findings") }, { label: t("columns.jobs") }, { label: t("columns.indh"), numeric: true },
            ]}
            rows={projects.rows.map((p) => ({
              key: String(p.visitId),
              cells: [
                <ProjectName key="p" cooperative={p.cooperative} title={p.grantTitle} detail={p.commune} />,
                <strong key="s" className={p.state === "STALLED" ? "text-red-800" : "text-ochre-700"}>{v(`states.${p.state}`)}</strong>,
                <span key="d" className="block">{formatCalendarDate(p.visitedOn, locale)}<span className="block text-xs text-slate-700">{t("daysAgo", { count: p.daysSinceVisit, number: formatCount(p.daysSinceVisit, locale) })}</span></span>,
                <span key="f" className="block min-w-[12rem]">
                  {/* Findings are typed in either language, often both: each line takes its own direction. */}
                  {shorten(p.findings).split(/\r?\n/).filter((line) => line.trim() !== "").map((line, i) => <span key={i} dir="auto" className="block">{line}</span>)}
                  <span className="block text-xs text-slate-700">{t.rich("visitors", { visitors: p.visitors, bdi: (chunks) => <bdi>{chunks}</bdi> })}</span>
                </span>,
                jobs(p),
                formatMoney(p.indhContributionCentimes, locale),
              ],
            }))}
            total={[t("total"), formatCount(projects.count, locale), "", "", "", formatMoney(projects.amountCentimes, locale)]}
          />
          {projects.count > projects.rows.length && <p className="text-sm text-slate-700">{t("more", { count: projects.count - projects.rows.length, number: formatCount(projects.count - projects.rows.length, locale) })}</p>}
        </div>
      )}
    </ReportSection>
  );
}
