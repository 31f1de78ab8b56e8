import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { centimesToDecimalString } from "@/lib/format/money";
import { intFilter } from "@/lib/lists/list-params";
import { getRecordHistory } from "@/lib/audit/queries";
import { getAxis, listProgrammeOptions } from "@/lib/territory/structure-queries";
import { deleteAxisAction, updateAxisAction } from "@/lib/territory/structure-actions";
import { AxisForm } from "@/components/territory/axis-form";
import { programmeOptions } from "@/components/territory/structure-options";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";
import { RecordHistory } from "@/components/admin/record-history";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Territory"))("axes") };
}

export default async function AxisPage({ params }: Props) {
  const user = await requireUser("reference.write");
  if (!user.isNational) notFound(); // national data: editable by national admins only
  const id = intFilter((await params).id);
  const axis = id ? await getAxis(id) : null;
  if (!axis) notFound();
  const [t, locale, programmes, history] = await Promise.all([getTranslations("Territory"), getLocale() as Promise<AppLocale>, listProgrammeOptions(), getRecordHistory(user, "Axis", axis.id)]);
  const { maxIndhContributionCentimes, ...rest } = axis;
  // The ceiling goes into the form as an exact decimal string, never through a float.
  const values = { ...rest, maxIndhContribution: maxIndhContributionCentimes === null ? null : centimesToDecimalString(maxIndhContributionCentimes) };
  return (
    <div className="space-y-8">
      <Link href={`/admin/territory/programmes/${axis.programmeId}`} className="underline">{t("backToProgramme")}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{t("axis", { code: axis.code })} — {localized(locale, axis.nameAr, axis.nameFr)}</h1>
      <AxisForm action={updateAxisAction.bind(null, axis.id)} programmes={programmeOptions(programmes, locale)} axis={values} />
      <DeleteRecordForm action={deleteAxisAction.bind(null, axis.id)} version={axis.version} />
      <RecordHistory history={history} />
    </div>
  );
}
