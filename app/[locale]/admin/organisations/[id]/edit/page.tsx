import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/auth/guard";
import { intFilter } from "@/lib/lists/list-params";
import { getOrganisationForEdit, listCommuneOptions } from "@/lib/organisations/queries";
import { updateOrganisationAction } from "@/lib/organisations/actions";
import { OrganisationForm } from "@/components/organisations/organisation-form";

type Props = { params: Promise<{ locale: string; id: string }> };

// Only writers get the page; others, and ids outside the prefecture, get a 404.
async function load(params: Props["params"]) {
  const user = await requireUser("records.write");
  const id = intFilter((await params).id);
  if (!id) notFound();
  const record = await getOrganisationForEdit(user, id);
  if (!record) notFound();
  const locale = (await getLocale()) as AppLocale;
  return { id, locale, record, name: localized(locale, record.name.ar, record.name.fr) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name } = await load(params);
  const t = await getTranslations("Organisations");
  return { title: t("editTitle", { name }) };
}

export default async function EditOrganisationPage({ params }: Props) {
  const { id, locale, record, name } = await load(params);
  // The communes of the record's own prefecture (a national user may edit another one's record).
  const [t, communes] = await Promise.all([getTranslations("Organisations"), listCommuneOptions({ prefectureId: record.prefectureId }, locale)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("editTitle", { name })}</h1>
      <OrganisationForm
        action={updateOrganisationAction.bind(null, id)}
        communes={communes}
        defaults={record.values}
        version={record.version}
        cancelHref={`/admin/organisations/${id}`}
      />
    </div>
  );
}
