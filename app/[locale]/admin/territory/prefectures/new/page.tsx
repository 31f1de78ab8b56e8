import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import { listRegionOptions } from "@/lib/territory/prefecture-queries";
import { createPrefectureAction } from "@/lib/territory/prefecture-actions";
import { PrefectureForm } from "@/components/territory/prefecture-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Territory"))("newPrefectureTitle") };
}

export default async function NewPrefecturePage() {
  const user = await requireUser("reference.write");
  if (!user.isNational) notFound(); // national reference data
  const [t, locale, regions] = await Promise.all([getTranslations("Territory"), getLocale() as Promise<AppLocale>, listRegionOptions()]);
  return (
    <div className="space-y-6">
      <Link href="/admin/territory" className="underline">{t("back")}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{t("newPrefectureTitle")}</h1>
      <PrefectureForm action={createPrefectureAction} regions={regions.map((r) => ({ value: r.id, label: localized(locale, r.nameAr, r.nameFr) }))} />
    </div>
  );
}
