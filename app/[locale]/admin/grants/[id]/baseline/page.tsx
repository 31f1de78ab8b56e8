import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { intFilter } from "@/lib/lists/list-params";
import { getVisitGrant } from "@/lib/visits/queries";
import { baselineFormValues } from "@/lib/visits/snapshot";
import { saveBaselineAction } from "@/lib/visits/actions";
import { BaselineForm } from "@/components/visits/baseline-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Visits.form");
  return { title: t("baselineTitle") };
}

/** The project's indicators at approval: what each visit's figures are compared with. */
export default async function BaselinePage({ params }: Props) {
  const user = await requireUser("records.write");
  const locale = (await getLocale()) as AppLocale;
  const id = intFilter((await params).id);
  const grant = id ? await getVisitGrant(user, id, locale) : null;
  if (!grant) notFound();
  const t = await getTranslations("Visits.form");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("baselineTitle")}</h1>
      <p className="text-lg font-semibold">{grant.title} — {grant.cooperative}</p>
      <p className="text-slate-700">{t("baselineIntro")}</p>
      <BaselineForm
        action={saveBaselineAction.bind(null, grant.id)}
        defaults={grant.baseline ? baselineFormValues(grant.baseline) : {}}
        version={grant.baseline?.version ?? 0}
        cancelHref={`/admin/grants/${grant.id}`}
      />
    </div>
  );
}
