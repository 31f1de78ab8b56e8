import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { AdminEventDetail } from "@/lib/events/admin-detail-queries";
import { formatCount, formatMoney } from "@/lib/format/money";

type Presentation = AdminEventDetail["presentations"][number];

// Reported figures are shown exactly as the presenter stated them; contradictions are left visible.
async function ReportedFigures({ p, locale }: { p: Presentation; locale: AppLocale }) {
  const t = await getTranslations("AdminEvents.reported");
  const count = (n: number | null) => (n === null ? null : formatCount(n, locale));
  const money = (c: bigint | null) => (c === null ? null : formatMoney(c, locale));
  const period = p.reportedPeriodStartYear !== null || p.reportedPeriodEndYear !== null
    ? t("periodValue", { start: String(p.reportedPeriodStartYear ?? "…"), end: String(p.reportedPeriodEndYear ?? "…") })
    : null;
  const rows = ([
    [t("period"), period],
    [t("cooperativesFunded"), count(p.reportedCooperativesFunded)],
    [t("urbanCooperatives"), count(p.reportedUrbanCooperatives)],
    [t("ruralCooperatives"), count(p.reportedRuralCooperatives)],
    [t("totalEnvelope"), money(p.reportedTotalEnvelopeCentimes)],
    [t("indhContribution"), money(p.reportedIndhContributionCentimes)],
  ] as const).filter(([, value]) => value !== null);
  if (rows.length === 0) return null;
  return (
    <div className="mt-3 rounded-md bg-slate-50 p-3">
      <p className="text-sm font-semibold">{t("title")}</p>
      <dl className="mt-1 grid gap-x-4 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents"><dt className="text-slate-700">{label}</dt><dd className="tabular-nums">{value}</dd></div>
        ))}
      </dl>
    </div>
  );
}

export async function PresentationCards({ presentations }: { presentations: Presentation[] }) {
  const t = await getTranslations("AdminEvents.detail");
  const locale = (await getLocale()) as AppLocale;
  return (
    <section aria-labelledby="presentations" className="space-y-3">
      <h2 id="presentations" className="text-xl font-bold text-brand-800">{t("presentations")}</h2>
      {presentations.length === 0 && <p className="text-slate-700">{t("noPresentations")}</p>}
      <ol className="space-y-3">
        {presentations.map((p) => (
          <li key={p.id} className="rounded-md border border-slate-200 bg-white p-4">
            <p className="text-sm font-semibold text-brand-700">{t("presentationNumber", { position: p.position })}</p>
            <div className="grid gap-3 md:grid-cols-2">
              <div lang="ar" dir="rtl"><p className="font-bold">{p.titleAr}</p><p className="text-slate-700">{p.presenterRoleAr}</p><p>{p.summaryAr}</p></div>
              <div lang="fr" dir="ltr"><p className="font-bold">{p.titleFr}</p><p className="text-slate-700">{p.presenterRoleFr}</p><p>{p.summaryFr}</p></div>
            </div>
            {p.organisation && (
              <p className="mt-2 text-sm">{t("organisation")}: {localized(locale, p.organisation.nameAr, p.organisation.nameFr)}{p.organisation.acronym ? ` (${p.organisation.acronym})` : ""}</p>
            )}
            <ReportedFigures p={p} locale={locale} />
          </li>
        ))}
      </ol>
    </section>
  );
}
