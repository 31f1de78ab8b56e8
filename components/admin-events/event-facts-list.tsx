import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { AdminEventDetail } from "@/lib/events/admin-detail-queries";
import { formatCount } from "@/lib/format/money";
import { formatDateTime } from "@/lib/format/dates";
import { StatusBadge } from "@/components/admin-events/status-badge";

type Org = { nameAr: string; nameFr: string; acronym: string | null };

export async function EventFactsList({ event }: { event: AdminEventDetail }) {
  const t = await getTranslations("AdminEvents.detail");
  const kinds = await getTranslations("EventKind");
  const locale = (await getLocale()) as AppLocale;
  const name = (r: { nameAr: string; nameFr: string } | null) => (r ? localized(locale, r.nameAr, r.nameFr) : t("none"));
  const orgName = (o: Org) => `${name(o)}${o.acronym ? ` (${o.acronym})` : ""}`;
  const rows: [string, React.ReactNode][] = [
    [t("slug"), <span key="slug" dir="ltr">{event.slug}</span>],
    [t("status"), <StatusBadge key="status" status={event.status} />],
    [t("publishedAt"), event.publishedAt ? formatDateTime(event.publishedAt, locale) : t("none")],
    [t("kind"), kinds(event.kind as "OTHER")],
    [t("startsAt"), formatDateTime(event.startsAt, locale)],
    [t("prefecture"), name(event.prefecture)],
    [t("commune"), name(event.commune)],
    [t("place"), name(event.place)],
    [t("organiser"), orgName(event.organiser)],
    [t("attendance"), event.attendance === null ? t("none") : t("attendees", { count: event.attendance })],
    [t("partners"), event.partners.length === 0 ? t("noPartners") : (
      <ol key="partners" className="list-decimal ps-5">{event.partners.map((p) => <li key={p.organisation.id}>{orgName(p.organisation)}</li>)}</ol>
    )],
  ];
  return (
    <section aria-labelledby="facts" className="space-y-3">
      <h2 id="facts" className="text-xl font-bold text-brand-800">{t("facts")}</h2>
      <dl className="grid gap-x-6 gap-y-2 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-700">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-600">{t("version", { version: formatCount(event.version, locale) })}</p>
    </section>
  );
}
