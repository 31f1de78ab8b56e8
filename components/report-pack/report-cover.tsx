import { getLocale, getTranslations } from "next-intl/server";
import type { PrintPrefecture } from "@/lib/dashboards/print-header";
import { PrintLetterhead } from "@/components/dashboard/print-letterhead";
import { PrintButton } from "@/components/dashboard/print-button";
import { DemoNotice } from "@/components/layout/demo-notice";

export type ContentsEntry = { id: string; title: string };

type Props = {
  prefecture: PrintPrefecture;
  prefectureName: string;
  period: string;
  printedOn: string;
  situationOn: string;
  filters: string[];
  contents: ContentsEntry[];
  includesDemoData: boolean;
  backHref: string;
};

/** The first sheet: letterhead, title, who and what period it speaks for, the filters in words, contents. */
export async function ReportCover({ prefecture, prefectureName, period, printedOn, situationOn, filters, contents, includesDemoData, backHref }: Props) {
  const t = await getTranslations("ReportPack");
  const h = await getTranslations("PrintHeader");
  // French sets a space before the colon; Arabic does not.
  const colon = (await getLocale()) === "fr" ? "\u00a0:" : ":";
  const fact = (label: string, value: string, testId: string) => (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold">{label}{colon}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
  return (
    <header className="space-y-6" data-testid="report-cover">
      <PrintLetterhead prefecture={prefecture} />
      <div className="space-y-3 pt-6 print:pt-16">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-lg text-slate-800">{t("subtitle")}</p>
      </div>
      <dl className="space-y-1 text-slate-900">
        {fact(t("cover.prefecture"), prefectureName, "report-prefecture")}
        {fact(t("cover.period"), period, "report-period")}
        {fact(t("cover.printedOn"), printedOn, "report-printed-on")}
        {fact(t("cover.situation"), situationOn, "report-situation")}
      </dl>
      <div className="space-y-1">
        <h2 className="font-semibold text-slate-800">{h("filtersTitle")}</h2>
        <ul className="list-disc ps-5 text-slate-800" data-testid="report-filters">
          {filters.map((line) => <li key={line}>{line}</li>)}
        </ul>
      </div>
      {includesDemoData && <DemoNotice />}
      <nav aria-labelledby="report-contents" className="space-y-2">
        <h2 id="report-contents" className="text-xl font-bold text-brand-800">{t("cover.contents")}</h2>
        <ol className="list-decimal space-y-1 ps-6 text-slate-900" data-testid="report-contents-list">
          {contents.map((c) => (
            <li key={c.id}><a href={`#${c.id}`} className="underline print:no-underline">{c.title}</a></li>
          ))}
        </ol>
      </nav>
      <p className="no-print flex flex-wrap gap-4">
        <PrintButton label={t("printNow")} />
        <a href={backHref} className="underline">{t("back")}</a>
      </p>
    </header>
  );
}
