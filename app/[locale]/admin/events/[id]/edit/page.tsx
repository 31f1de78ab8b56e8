import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/auth/guard";
import { getEventFormOptions, getStoredEvent } from "@/lib/events/admin-queries";
import { toFormValues } from "@/lib/events/form-values";
import { updateEventAction } from "@/lib/events/actions";
import { EventForm } from "@/components/admin-events/event-form";

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function EditEventPage({ params }: Props) {
  const user = await requireUser("records.write");
  const { locale, id } = await params;
  const event = await getStoredEvent(user, Number(id));
  if (!event) notFound();
  // The choices come from the event's own prefecture (a national user may edit another prefecture's event).
  const [options, t] = await Promise.all([getEventFormOptions(event.prefectureId, locale as AppLocale), getTranslations("AdminEvents")]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("editTitle", { title: localized(locale as AppLocale, event.titleAr, event.titleFr) })}</h1>
      <EventForm action={updateEventAction.bind(null, event.id)} defaults={toFormValues(event)} version={event.version} options={options} cancelHref={`/admin/events/${event.id}`} />
    </div>
  );
}
