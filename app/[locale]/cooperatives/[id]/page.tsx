import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { languageAlternates } from "@/lib/i18n/alternates";
import { ServerLink } from "@/lib/i18n/server-link";
import { intFilter } from "@/lib/lists/list-params";
import { formatCalendarDate } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/money";
import { getPublicCooperative } from "@/lib/cooperatives/public-queries";
import { DemoNotice } from "@/components/layout/demo-notice";
import { PublicGallery } from "@/components/photos/public-gallery";
import { FundedProjects } from "@/components/cooperatives-public/funded-projects";

type Props = { params: Promise<{ locale: string; id: string }> };

// Cached like event pages (ISR): rendered on first visit, revalidated by the actions that change what it
// shows (publication, photos, event links); five minutes bound how stale edited grants can get.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { id: string }[] {
  return [];
}

async function load(params: Props["params"]) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const cooperativeId = intFilter(id);
  const cooperative = cooperativeId ? await getPublicCooperative(cooperativeId, locale) : null;
  if (!cooperative) notFound(); // missing and not public look the same
  return { locale, cooperative };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, cooperative } = await load(params);
  const t = await getTranslations({ locale, namespace: "PublicCooperative" });
  const description = t("description", { name: cooperative.name, commune: cooperative.commune });
  return { title: cooperative.name, description, alternates: languageAlternates(locale, `/cooperatives/${cooperative.id}`) };
}

export default async function PublicCooperativePage({ params }: Props) {
  const { locale, cooperative: c } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations("PublicCooperative");
  const facts: [string, string][] = [
    [t("commune"), `${c.commune} (${t(`zones.${c.zone}`)})`],
    [t("prefecture"), c.prefecture],
    [t("sector"), c.sector],
    ...(c.foundedOn ? [[t("foundedOn"), formatCalendarDate(c.foundedOn, locale)] as [string, string]] : []),
    [t("members"), t("membersValue", { members: formatCount(c.members, locale), women: formatCount(c.womenMembers, locale), young: formatCount(c.youngMembers, locale) })],
  ];
  return (
    <article className="space-y-10">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <ServerLink href="/results" className="text-brand-700 underline">{t("backToResults")}</ServerLink>
      </nav>
      <header className="space-y-2">
        <p className="font-semibold text-brand-700">{t("kicker")}</p>
        <h1 className="text-3xl font-bold leading-snug text-slate-900 sm:text-4xl">{c.name}</h1>
      </header>
      {c.isDemo && <DemoNotice />}
      <dl className="grid gap-x-6 gap-y-2 rounded-md bg-white p-4 sm:grid-cols-[12rem_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-700">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <PublicGallery photos={c.photos} title={t("photos")} sizes="(min-width: 1024px) 20rem, (min-width: 640px) 45vw, 100vw" />
      <FundedProjects grants={c.grants} locale={locale} />
      {c.events.length > 0 && (
        <section aria-labelledby="presented-at" className="space-y-3">
          <h2 id="presented-at" className="text-2xl font-bold text-brand-800">{t("presentedAt")}</h2>
          <ul className="list-disc space-y-1 ps-6">
            {c.events.map((e) => (
              <li key={e.slug}>
                <ServerLink href={`/events/${e.slug}`} className="text-brand-700 underline">{e.title}</ServerLink> — {formatCalendarDate(e.startsAt, locale)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
