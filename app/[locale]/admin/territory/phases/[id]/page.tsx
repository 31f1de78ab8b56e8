import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { intFilter } from "@/lib/lists/list-params";
import { getRecordHistory } from "@/lib/audit/queries";
import { getPhase } from "@/lib/territory/structure-queries";
import { deletePhaseAction, updatePhaseAction } from "@/lib/territory/structure-actions";
import { PhaseForm } from "@/components/territory/phase-form";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";
import { RecordHistory } from "@/components/admin/record-history";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Territory"))("phases") };
}

export default async function PhasePage({ params }: Props) {
  const user = await requireUser("reference.write");
  if (!user.isNational) notFound(); // national data: editable by national admins only
  const id = intFilter((await params).id);
  const phase = id ? await getPhase(id) : null;
  if (!phase) notFound();
  const [t, history] = await Promise.all([getTranslations("Territory"), getRecordHistory(user, "Phase", phase.id)]);
  return (
    <div className="space-y-8">
      <Link href="/admin/territory" className="underline">{t("back")}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{t("phase", { number: phase.number })}</h1>
      <PhaseForm action={updatePhaseAction.bind(null, phase.id)} phase={phase} />
      {/* Phases have no version column: the delete form's version is not checked. */}
      <DeleteRecordForm action={deletePhaseAction.bind(null, phase.id)} version={1} />
      <RecordHistory history={history} />
    </div>
  );
}
