import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { listPhaseOptions } from "@/lib/territory/structure-queries";
import { createProgrammeAction } from "@/lib/territory/structure-actions";
import { ProgrammeForm } from "@/components/territory/programme-form";
import { phaseOptions } from "@/components/territory/structure-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Territory"))("newProgrammeTitle") };
}

export default async function NewProgrammePage() {
  const user = await requireUser("reference.write");
  if (!user.isNational) notFound(); // national data: the form exists only for national admins
  const [t, locale, phases] = await Promise.all([getTranslations("Territory"), getLocale() as Promise<AppLocale>, listPhaseOptions()]);
  return (
    <div className="space-y-6">
      <Link href="/admin/territory" className="underline">{t("back")}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{t("newProgrammeTitle")}</h1>
      <ProgrammeForm action={createProgrammeAction} phases={phaseOptions(phases, locale)} defaultPhaseId={phases.at(-1)?.id} />
    </div>
  );
}
