import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { intFilter } from "@/lib/lists/list-params";
import { getRecordHistory } from "@/lib/audit/queries";
import { getOrganisation } from "@/lib/organisations/queries";
import { deleteOrganisationAction } from "@/lib/organisations/actions";
import { OrganisationDetails } from "@/components/organisations/organisation-details";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";
import { RecordHistory } from "@/components/admin/record-history";

type Props = { params: Promise<{ locale: string; id: string }> };

// A missing record, a malformed id and another prefecture's record all look the same: not found.
async function load(params: Props["params"]) {
  const user = await requireUser("records.read");
  const id = intFilter((await params).id);
  if (!id) notFound();
  const locale = (await getLocale()) as AppLocale;
  const organisation = await getOrganisation(user, id, locale);
  if (!organisation) notFound();
  return { user, id, locale, organisation, name: localized(locale, organisation.nameAr, organisation.nameFr) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).name };
}

export default async function OrganisationPage({ params }: Props) {
  const { user, id, locale, organisation, name } = await load(params);
  const [t, history] = await Promise.all([getTranslations("Organisations"), getRecordHistory(user, "Organisation", id)]);
  const canWrite = can(user.role, "records.write");
  return (
    <div className="space-y-8">
      <nav aria-label={t("breadcrumb")} className="no-print text-sm">
        <Link href="/admin/organisations" className="text-brand-700 underline">{t("backToList")}</Link>
      </nav>
      <header className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{name}</h1>
        {canWrite && (
          <Link href={`/admin/organisations/${id}/edit`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("edit")}
          </Link>
        )}
      </header>
      <OrganisationDetails organisation={organisation} locale={locale} />
      {canWrite && <DeleteRecordForm action={deleteOrganisationAction.bind(null, id)} version={organisation.version} />}
      <RecordHistory history={history} />
    </div>
  );
}
