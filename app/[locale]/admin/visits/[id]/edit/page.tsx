import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { intFilter } from "@/lib/lists/list-params";
import { getVisitDetail } from "@/lib/visits/queries";
import { updateVisitAction } from "@/lib/visits/actions";
import { VisitForm } from "@/components/visits/visit-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Visits.form");
  return { title: t("editTitle") };
}

export default async function EditVisitPage({ params }: Props) {
  const user = await requireUser("records.write");
  const locale = (await getLocale()) as AppLocale;
  const id = intFilter((await params).id);
  const visit = id ? await getVisitDetail(user, id, locale) : null;
  if (!visit) notFound();
  const t = await getTranslations("Visits.form");
  const unit = visit.grant.baseline ? (locale === "ar" ? visit.grant.baseline.productionUnitAr : visit.grant.baseline.productionUnitFr) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("editTitle")}</h1>
      <p className="text-lg font-semibold">{visit.grant.title} — {visit.grant.cooperative}</p>
      <VisitForm
        action={updateVisitAction.bind(null, visit.id)}
        defaults={visit.formValues}
        version={visit.version}
        milestones={visit.grant.openMilestones}
        milestoneFixed={visit.milestoneId !== null}
        productionUnit={unit}
        cancelHref={`/admin/visits/${visit.id}`}
      />
    </div>
  );
}
