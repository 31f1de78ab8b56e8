import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { getRecordHistory } from "@/lib/audit/queries";
import { getAdminEvent } from "@/lib/events/admin-detail-queries";
import { deleteEventAction } from "@/lib/events/actions";
import { EventFactsList } from "@/components/admin-events/event-facts-list";
import { EventTexts } from "@/components/admin-events/event-texts";
import { PresentationCards } from "@/components/admin-events/presentation-cards";
import { ReconciliationPanel } from "@/components/events/reconciliation-panel";
import { hasReportedFigures, reportedFiguresOf } from "@/lib/reconciliation/compare";
import { reconcileWithRecords } from "@/lib/reconciliation/queries";
import { RecordHistory } from "@/components/admin/record-history";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";
import { getEventPhotosForStaff } from "@/lib/photos/queries";
import { EventGalleryAdmin } from "@/components/photos/event-gallery-admin";
import { listEventCooperatives } from "@/lib/cooperatives/public-queries";
import { EventCooperatives } from "@/components/admin-events/event-cooperatives";

type Props = { params: Promise<{ id: string }> };

export default async function AdminEventPage({ params }: Props) {
  const user = await requireUser("records.read");
  const id = Number((await params).id);
  const event = await getAdminEvent(user, id);
  if (!event) notFound(); // missing, or in a prefecture the user may not see: the same answer
  const [history, t, locale] = await Promise.all([getRecordHistory(user, "Event", event.id), getTranslations("AdminEvents"), getLocale()]);
  const [photos, cooperatives] = await Promise.all([
    getEventPhotosForStaff(user, event.id, locale as AppLocale),
    listEventCooperatives(event.id, locale as AppLocale, { publicOnly: false }),
  ]);
  const writer = can(user.role, "records.write");
  // The same reconciliation as the public page (drafts included): the event's prefecture, the stated period.
  const withFigures = event.presentations.map((p) => ({ position: p.position, reported: reportedFiguresOf(p) })).filter((p) => hasReportedFigures(p.reported));
  const reconciliations = await Promise.all(withFigures.map((p) => reconcileWithRecords(event.prefectureId, p.reported)));
  return (
    <div className="space-y-8">
      <nav className="text-sm"><Link href="/admin/events" className="text-brand-700 underline">{t("backToList")}</Link></nav>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-800">{localized(locale as AppLocale, event.titleAr, event.titleFr)}</h1>
        <div className="flex flex-wrap gap-3">
          {writer && <Link href={`/admin/events/${event.id}/edit`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("detail.edit")}</Link>}
          {event.status === "PUBLISHED" ? (
            <Link href={`/events/${event.slug}`} className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">{t("detail.publicLink")}</Link>
          ) : (
            <p className="rounded-md bg-ochre-100 px-3 py-2">{t("detail.notPublished")}</p>
          )}
        </div>
      </header>
      <EventFactsList event={event} />
      <EventTexts event={event} />
      <PresentationCards presentations={event.presentations} />
      {withFigures.map((p, i) => (
        <ReconciliationPanel key={p.position} position={p.position} reported={p.reported} reconciliation={reconciliations[i]!} locale={locale as AppLocale} />
      ))}
      <EventCooperatives eventId={event.id} cooperatives={cooperatives} canWrite={writer} />
      <EventGalleryAdmin eventId={event.id} photos={photos} canWrite={writer} isPublished={event.status === "PUBLISHED"} />
      <RecordHistory history={history} />
      {writer && <DeleteRecordForm action={deleteEventAction.bind(null, event.id)} version={event.version} />}
    </div>
  );
}
