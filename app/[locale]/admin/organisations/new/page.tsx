import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { listCommuneOptions } from "@/lib/organisations/queries";
import { createOrganisationAction } from "@/lib/organisations/actions";
import { OrganisationForm } from "@/components/organisations/organisation-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organisations");
  return { title: t("newTitle") };
}

export default async function NewOrganisationPage() {
  const user = await requireUser("records.write");
  const locale = (await getLocale()) as AppLocale;
  // New records belong to the user's own prefecture, so its communes are offered.
  const [t, communes] = await Promise.all([getTranslations("Organisations"), listCommuneOptions({ prefectureId: user.prefectureId }, locale)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("newTitle")}</h1>
      <p className="text-slate-700">{t("requiredNote")}</p>
      <OrganisationForm action={createOrganisationAction} communes={communes} cancelHref="/admin/organisations" />
    </div>
  );
}
