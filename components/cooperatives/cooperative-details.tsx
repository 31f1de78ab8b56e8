import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount } from "@/lib/format/money";
import { formatCalendarDate, formatDateTime } from "@/lib/format/dates";
import type { CooperativeDetail } from "@/lib/cooperatives/types";

/** Every field of a cooperative, as a definition list. */
export async function CooperativeDetails({ cooperative: c, locale }: { cooperative: CooperativeDetail; locale: AppLocale }) {
  const t = await getTranslations("Cooperatives");
  const none = t("notSet");
  const rows: [string, React.ReactNode][] = [
    [t("fields.registerNumber"), <span key="r" dir="ltr" className="whitespace-nowrap">{c.registerNumber}</span>],
    [t("fields.nameAr"), <span key="a" lang="ar" dir="rtl">{c.nameAr}</span>],
    [t("fields.nameFr"), <span key="f" lang="fr" dir="ltr">{c.nameFr}</span>],
    [t("fields.sectorId"), c.sectorName],
    [t("fields.communeId"), c.communeName],
    [t("zoneLabel"), t(`zone.${c.zone}`)],
    [t("fields.placeId"), c.placeName ?? none],
    [t("fields.foundedOn"), c.foundedOn ? formatCalendarDate(c.foundedOn, locale) : none],
    [t("fields.members"), formatCount(c.members, locale)],
    [t("fields.womenMembers"), formatCount(c.womenMembers, locale)],
    [t("fields.youngMembers"), formatCount(c.youngMembers, locale)],
    [t("fields.contactName"), c.contactName ?? none],
    [t("fields.contactPhone"), c.contactPhone ? <span key="p" dir="ltr">{c.contactPhone}</span> : none],
    [t("fields.contactEmail"), c.contactEmail ? <a key="e" href={`mailto:${c.contactEmail}`} dir="ltr" className="text-brand-700 underline">{c.contactEmail}</a> : none],
    [t("columns.createdAt"), formatDateTime(c.createdAt, locale)],
    [t("columns.updatedAt"), formatDateTime(c.updatedAt, locale)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-[minmax(10rem,auto)_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold text-slate-700">{term}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
