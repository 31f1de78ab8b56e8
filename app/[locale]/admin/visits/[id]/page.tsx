import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { intFilter } from "@/lib/lists/list-params";
import { formatCalendarDate } from "@/lib/format/dates";
import { getRecordHistory } from "@/lib/audit/queries";
import { getVisitDetail } from "@/lib/visits/queries";
import { deleteVisitAction } from "@/lib/visits/actions";
import { deleteVisitPhotoAction, updateVisitPhotoAction } from "@/lib/photos/actions";
import { StateBadge } from "@/components/visits/state-badge";
import { VisitIndicators } from "@/components/visits/visit-indicators";
import { PhotoEditor } from "@/components/photos/photo-editor";
import { RecordHistory } from "@/components/admin/record-history";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Visits");
  return { title: t("detail.title") };
}

/** One visit: what was found, the indicators against the baseline, and its photos with their texts. */
export default async function VisitPage({ params }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const id = intFilter((await params).id);
  const visit = id ? await getVisitDetail(user, id, locale) : null;
  if (!visit) notFound();
  const [t, history] = await Promise.all([getTranslations("Visits"), getRecordHistory(user, "Visit", visit.id)]);
  const canWrite = can(user.role, "records.write");
  const facts: [string, React.ReactNode][] = [
    [t("form.visitors"), <span key="v" className="whitespace-pre-line">{visit.visitors}</span>],
    [t("form.findings"), <span key="f" className="whitespace-pre-line">{visit.findings}</span>],
    [t("form.milestoneId"), visit.milestoneLabel ?? t("detail.noMilestone")],
    [t("detail.recordedBy"), visit.recordedBy],
  ];
  return (
    <div className="space-y-8">
      <Link href={`/admin/grants/${visit.grantId}`} className="no-print text-brand-700 underline">{t("detail.back", { grant: visit.grant.title })}</Link>
      <header className="flex flex-wrap items-center justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold text-brand-800">{t("detail.heading", { date: formatCalendarDate(visit.visitedOn, locale) })}</h1>
          <p className="text-lg">{visit.grant.cooperative} <StateBadge state={visit.projectState} /></p>
        </div>
        {canWrite && <Link href={`/admin/visits/${visit.id}/edit`} className="no-print rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("detail.edit")}</Link>}
      </header>
      <dl className="grid gap-x-6 gap-y-2 rounded-md bg-white p-4 sm:grid-cols-[12rem_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-700">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <VisitIndicators visit={visit} baseline={visit.grant.baseline} locale={locale} />
      <section aria-labelledby="visit-photos" className="space-y-3">
        <h2 id="visit-photos" className="text-xl font-bold text-brand-800">{t("detail.photos")}</h2>
        {visit.photos.length === 0 ? (
          <p className="text-slate-700">{t("detail.noPhotos")}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {visit.photos.map((photo) => (
              <PhotoEditor
                key={`${photo.id}-${photo.version}`}
                photo={photo}
                canWrite={canWrite}
                saveAction={updateVisitPhotoAction.bind(null, visit.id, photo.id)}
                deleteAction={deleteVisitPhotoAction.bind(null, visit.id, photo.id)}
              />
            ))}
          </ul>
        )}
      </section>
      <RecordHistory history={history} />
      {canWrite && <DeleteRecordForm action={deleteVisitAction.bind(null, visit.id)} version={visit.version} />}
    </div>
  );
}
