import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { intFilter } from "@/lib/lists/list-params";
import { listProgrammeOptions } from "@/lib/territory/structure-queries";
import { createAxisAction } from "@/lib/territory/structure-actions";
import { AxisForm } from "@/components/territory/axis-form";
import { programmeOptions } from "@/components/territory/structure-options";

type Props = { searchParams: Promise<{ programme?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Territory"))("newAxisTitle") };
}

export default async function NewAxisPage({ searchParams }: Props) {
  const user = await requireUser("reference.write");
  if (!user.isNational) notFound(); // national data: the form exists only for national admins
  const [t, locale, programmes] = await Promise.all([getTranslations("Territory"), getLocale() as Promise<AppLocale>, listProgrammeOptions()]);
  return (
    <div className="space-y-6">
      <Link href="/admin/territory" className="underline">{t("back")}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{t("newAxisTitle")}</h1>
      <AxisForm action={createAxisAction} programmes={programmeOptions(programmes, locale)} defaultProgrammeId={intFilter((await searchParams).programme)} />
    </div>
  );
}
