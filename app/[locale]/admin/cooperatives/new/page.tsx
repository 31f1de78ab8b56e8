import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { getCooperativeFormOptions } from "@/lib/cooperatives/queries";
import { createCooperativeAction } from "@/lib/cooperatives/actions";
import { CooperativeForm } from "@/components/cooperatives/cooperative-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Cooperatives");
  return { title: t("newTitle") };
}

export default async function NewCooperativePage() {
  const user = await requireUser("records.write");
  const locale = (await getLocale()) as AppLocale;
  // New records belong to the user's own prefecture, so its communes and places are offered.
  const [t, options] = await Promise.all([getTranslations("Cooperatives"), getCooperativeFormOptions(user.prefectureId, locale)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("newTitle")}</h1>
      <p className="text-slate-700">{t("requiredNote")}</p>
      <CooperativeForm action={createCooperativeAction} options={options} cancelHref="/admin/cooperatives" />
    </div>
  );
}
