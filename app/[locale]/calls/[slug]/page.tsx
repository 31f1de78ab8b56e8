import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { languageAlternates } from "@/lib/i18n/alternates";
import { localizedPath } from "@/lib/i18n/paths";
import { ServerLink } from "@/lib/i18n/server-link";
import { formatDateTime } from "@/lib/format/dates";
import { formatMoney } from "@/lib/format/money";
import { getPublishedCall } from "@/lib/calls/queries";
import { getCallResults } from "@/lib/calls/results-queries";
import { MarkdownBody } from "@/components/events/markdown-body";
import { DeadlineStatus } from "@/components/calls/deadline-status";
import { deadlineTexts } from "@/components/calls/deadline-texts";
import { EligibilityRulesList } from "@/components/calls/eligibility-rules-list";
import { ScoringGridTable } from "@/components/calls/scoring-grid-table";
import { CallResultsSection } from "@/components/calls/call-results-section";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Cached (ISR) as the event pages are: nothing rendered at build time, each call on its first visit, then
// served from Next's cache. Every call action (lib/calls/actions.ts) revalidates it; the five-minute backstop
// bounds how stale the results (decided by the committee, whose writes do not revalidate it) can get. The
// open/closed state is recomputed in the browser (DeadlineStatus, public/js/public-pages.js), so a cached copy never offers to apply
// after the deadline. Nothing here may read cookies or headers.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

async function load(params: Props["params"]) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const call = await getPublishedCall(slug, locale);
  if (!call) notFound();
  return { locale, call };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, call } = await load(params);
  return { title: call.title, alternates: languageAlternates(locale, `/calls/${call.slug}`) };
}

export default async function CallPage({ params }: Props) {
  const { locale, call } = await load(params);
  setRequestLocale(locale);
  const [t, results] = await Promise.all([getTranslations("Calls"), call.resultsPublic ? getCallResults(call.id, locale) : null]);
  const closesText = formatDateTime(call.closesAt, locale);
  const opensText = formatDateTime(call.opensAt, locale);
  const fact = (label: string, value: React.ReactNode, testId?: string) => (
    <div className="space-y-1">
      <dt className="text-sm font-semibold text-slate-700">{label}</dt>
      <dd className="text-lg" data-testid={testId}>{value}</dd>
    </div>
  );
  return (
    <article className="space-y-10">
      <nav aria-label={t("page.breadcrumb")} className="no-print text-sm">
        <ServerLink href="/calls" className="text-brand-700 underline">{t("page.backToCalls")}</ServerLink>
      </nav>
      <header className="space-y-4">
        <p className="font-semibold text-brand-700">{call.programme}</p>
        <h1 className="text-3xl font-bold leading-snug text-slate-900 sm:text-4xl">{call.title}</h1>
        <DeadlineStatus
          locale={locale}
          opensAt={call.opensAt.toISOString()}
          closesAt={call.closesAt.toISOString()}
          applyHref={localizedPath(locale, `/calls/${call.slug}/apply`)}
          texts={await deadlineTexts(locale, { opensText, closesText })}
          renderedAt={new Date().toISOString()}
        />
      </header>
      <dl className="grid gap-4 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-2">
        {fact(t("page.deadline"), <>{closesText} <span className="text-sm text-slate-700">({t("page.moroccoTime")})</span></>, "call-deadline")}
        {fact(t("page.opens"), opensText)}
        {fact(t("page.envelope"), formatMoney(call.envelopeCentimes, locale))}
        {fact(t("page.axes"), call.axes.map((a) => a.name).join(locale === "ar" ? "، " : ", "))}
        {fact(t("page.reference"), <span dir="ltr">{call.reference}</span>)}
        {fact(t("page.prefecture"), call.prefectureName)}
      </dl>
      <p className="no-print">
        <a href={`/${locale}/calls/${call.slug}/calendar.ics`} className="text-brand-700 underline">{t("page.calendar")}</a>
      </p>
      <section aria-labelledby="call-text" className="space-y-3">
        <h2 id="call-text" className="text-2xl font-bold text-brand-800">{t("page.text")}</h2>
        <MarkdownBody source={call.text} />
      </section>
      <section aria-labelledby="call-eligibility" className="space-y-3">
        <h2 id="call-eligibility" className="text-2xl font-bold text-brand-800">{t("page.eligibility")}</h2>
        <EligibilityRulesList axes={call.axes} locale={locale} />
      </section>
      <section aria-labelledby="call-documents" className="space-y-3">
        <h2 id="call-documents" className="text-2xl font-bold text-brand-800">{t("page.documents")}</h2>
        <ol className="list-decimal space-y-1 ps-6 text-lg" data-testid="required-documents">
          {call.documents.map((d, i) => <li key={i}>{d}</li>)}
        </ol>
      </section>
      <section aria-labelledby="call-grid" className="space-y-3">
        <h2 id="call-grid" className="text-2xl font-bold text-brand-800">{t("page.grid")}</h2>
        <ScoringGridTable criteria={call.criteria} locale={locale} />
      </section>
      {results && <CallResultsSection results={results} locale={locale} />}
    </article>
  );
}
