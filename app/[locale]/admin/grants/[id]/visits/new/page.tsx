import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { intFilter } from "@/lib/lists/list-params";
import { formatFormDate } from "@/lib/format/dates";
import { moroccoToday } from "@/lib/conventions/rules";
import { getVisitGrant } from "@/lib/visits/queries";
import { createVisitAction } from "@/lib/visits/actions";
import { VisitForm } from "@/components/visits/visit-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Visits.form");
  return { title: t("createTitle") };
}

/** Records a visit to the grant's project; on a phone, photos come straight from the camera. */
export default async function NewVisitPage({ params }: Props) {
  const user = await requireUser("records.write");
  const locale = (await getLocale()) as AppLocale;
  const id = intFilter((await params).id);
  const grant = id ? await getVisitGrant(user, id, locale) : null;
  if (!grant) notFound();
  const t = await getTranslations("Visits.form");
  const unit = grant.baseline ? (locale === "ar" ? grant.baseline.productionUnitAr : grant.baseline.productionUnitFr) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("createTitle")}</h1>
      <p className="text-lg font-semibold">{grant.title} — {grant.cooperative}</p>
      <VisitForm
        action={createVisitAction.bind(null, grant.id)}
        defaults={{ visitedOn: formatFormDate(moroccoToday()) }}
        version={null}
        milestones={grant.openMilestones}
        milestoneFixed={false}
        productionUnit={unit}
        cancelHref={`/admin/grants/${grant.id}`}
      />
    </div>
  );
}
