import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { intFilter } from "@/lib/lists/list-params";
import { formatMoney } from "@/lib/format/money";
import { formatCalendarDate } from "@/lib/format/dates";
import { getConventionView } from "@/lib/conventions/queries";
import { PrintButton } from "@/components/dashboard/print-button";
import { PrintLetterhead } from "@/components/dashboard/print-letterhead";
import { PrintPageStyle } from "@/components/dashboard/print-page-style";
import { ConventionParties } from "@/components/conventions/convention-parties";
import { ConventionFunding } from "@/components/conventions/convention-funding";
import { PrintMilestones } from "@/components/conventions/print-milestones";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Conventions.print");
  return { title: t("title") };
}

const clauses = (text: string) => (
  <ul className="list-disc space-y-1 ps-6">
    {text.split("\n").map((l) => l.trim()).filter(Boolean).map((line, i) => <li key={i}>{line}</li>)}
  </ul>
);

/** The convention on A4 paper in the page's language: letterhead, numbered articles, signature blocks. */
export default async function ConventionPrintPage({ params }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const id = intFilter((await params).id);
  const convention = id ? await getConventionView(user, id, locale) : null;
  if (!id || !convention) notFound();
  const [t, h] = await Promise.all([getTranslations("Conventions.print"), getTranslations("PrintHeader")]);
  const { grant } = convention;
  const date = (d: Date) => formatCalendarDate(d, locale);
  const lastDue = convention.milestones.reduce<Date | null>((last, m) => (last && last > m.dueOn ? last : m.dueOn), null);
  const articles: { key: string; body: React.ReactNode }[] = [
    { key: "parties", body: (<><p>{t("between")}</p><ConventionParties grant={grant} /></>) },
    { key: "object", body: <p>{t("object", { title: grant.title, date: date(grant.approvedOn) })}</p> },
    { key: "funding", body: (<><p>{t("fundingIntro", { amount: formatMoney(grant.totalCostCentimes, locale) })}</p><ConventionFunding grant={grant} locale={locale} /></>) },
    { key: "obligations", body: clauses(convention.obligations) },
    { key: "results", body: clauses(convention.results) },
    { key: "milestones", body: (<><p>{t("milestonesRule")}</p><PrintMilestones convention={convention} locale={locale} /></>) },
    { key: "duration", body: <p>{t("duration", { date: lastDue ? date(lastDue) : "—" })}</p> },
  ];
  return (
    <article className="space-y-5 text-slate-900" data-testid="convention-print">
      <PrintPageStyle pageLabel={h("page", { page: "PAGE", pages: "PAGES" })} />
      <PrintLetterhead prefecture={{ nameAr: grant.prefecture.nameAr, nameFr: grant.prefecture.nameFr }} />
      <header className="space-y-1 text-center">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="font-semibold" dir="auto">{t("reference", { reference: convention.reference })}</p>
        <p className="font-semibold">{grant.title}</p>
      </header>
      <p className="no-print flex flex-wrap gap-4">
        <PrintButton label={t("printNow")} />
        <Link href={`/admin/grants/${grant.id}/convention`} className="underline">{t("back")}</Link>
      </p>
      {articles.map((a, i) => (
        <section key={a.key} aria-labelledby={`article-${a.key}`} className="space-y-2 break-inside-avoid-page">
          <h2 id={`article-${a.key}`} className="text-lg font-bold">{t("article", { n: i + 1 })} : {t(`articles.${a.key}` as "articles.parties")}</h2>
          {a.body}
        </section>
      ))}
      <section aria-labelledby="article-signatures" className="space-y-4 break-inside-avoid-page">
        <h2 id="article-signatures" className="text-lg font-bold">{t("article", { n: articles.length + 1 })} : {t("articles.signatures")}</h2>
        <p data-testid="print-signed-on">{convention.signedOn ? t("signedOn", { date: date(convention.signedOn) }) : t("notSigned")}</p>
        <div className="grid grid-cols-2 gap-8">
          <p className="min-h-24 border-t border-slate-500 pt-2 font-semibold">{t("forCpdh")}</p>
          <p className="min-h-24 border-t border-slate-500 pt-2 font-semibold">{t("forCooperative")}</p>
        </div>
      </section>
    </article>
  );
}
