import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { createPhaseAction } from "@/lib/territory/structure-actions";
import { PhaseForm } from "@/components/territory/phase-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Territory"))("newPhaseTitle") };
}

export default async function NewPhasePage() {
  const user = await requireUser("reference.write");
  if (!user.isNational) notFound(); // national data: the form exists only for national admins
  const t = await getTranslations("Territory");
  return (
    <div className="space-y-6">
      <Link href="/admin/territory" className="underline">{t("back")}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{t("newPhaseTitle")}</h1>
      <PhaseForm action={createPhaseAction} />
    </div>
  );
}
