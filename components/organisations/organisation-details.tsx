import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/format/dates";
import type { OrganisationDetail } from "@/lib/organisations/types";

/** Every field of an organisation, and what refers to it (which is what blocks a deletion). */
export async function OrganisationDetails({ organisation: o, locale }: { organisation: OrganisationDetail; locale: AppLocale }) {
  const t = await getTranslations("Organisations");
  const v = await getTranslations("Validation");
  const none = t("notSet");
  const references = Object.entries(o.references).filter(([, count]) => count > 0);
  const rows: [string, React.ReactNode][] = [
    [t("fields.code"), <span key="c" dir="ltr">{o.code}</span>],
    [t("fields.kind"), t.has(`kinds.${o.kind}`) ? t(`kinds.${o.kind}` as "kinds.OTHER") : o.kind],
    [t("fields.acronym"), o.acronym ? <span key="a" dir="ltr">{o.acronym}</span> : none],
    [t("fields.nameAr"), <span key="ar" lang="ar" dir="rtl">{o.nameAr}</span>],
    [t("fields.nameFr"), <span key="fr" lang="fr" dir="ltr">{o.nameFr}</span>],
    [t("fields.communeId"), o.communeName ?? none],
    [t("zoneLabel"), o.zone ? t(`zone.${o.zone}`) : none],
    [t("references"), references.length === 0 ? t("noReferences") : references.map(([kind, count]) => v(`references.${kind}` as "references.events", { count })).join(" · ")],
    [t("columns.createdAt"), formatDateTime(o.createdAt, locale)],
    [t("columns.updatedAt"), formatDateTime(o.updatedAt, locale)],
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
