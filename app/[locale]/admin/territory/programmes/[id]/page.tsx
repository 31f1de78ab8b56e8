import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { intFilter } from "@/lib/lists/list-params";
import { getRecordHistory } from "@/lib/audit/queries";
import { getProgramme, listPhaseOptions } from "@/lib/territory/structure-queries";
import { deleteProgrammeAction, updateProgrammeAction } from "@/lib/territory/structure-actions";
import { ProgrammeForm } from "@/components/territory/programme-form";
import { phaseOptions } from "@/components/territory/structure-options";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";
import { RecordHistory } from "@/components/admin/record-history";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Territory"))("programmes") };
}

export default async function ProgrammePage({ params }: Props) {
  const user = await requireUser("reference.write");
  if (!user.isNational) notFound(); // national data: editable by national admins only
  const id = intFilter((await params).id);
  const programme = id ? await getProgramme(id) : null;
  if (!programme) notFound();
  const [t, locale, phases, history] = await Promise.all([getTranslations("Territory"), getLocale() as Promise<AppLocale>, listPhaseOptions(), getRecordHistory(user, "Programme", programme.id)]);
  return (
    <div className="space-y-8">
      <Link href="/admin/territory" className="underline">{t("back")}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{t("programme", { number: programme.number })} — {localized(locale, programme.nameAr, programme.nameFr)}</h1>
      <ProgrammeForm action={updateProgrammeAction.bind(null, programme.id)} phases={phaseOptions(phases, locale)} programme={programme} />
      <Link href={{ pathname: "/admin/territory/axes/new", query: { programme: programme.id } }} className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("newAxis")}</Link>
      {/* Programmes have no version column: the delete form's version is not checked. */}
      <DeleteRecordForm action={deleteProgrammeAction.bind(null, programme.id)} version={1} />
      <RecordHistory history={history} />
    </div>
  );
}
