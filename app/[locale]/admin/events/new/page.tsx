import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { getEventFormOptions, listFilingPrefectures } from "@/lib/events/admin-queries";
import { createEventAction } from "@/lib/events/actions";
import { EventForm } from "@/components/admin-events/event-form";
import { PrefectureChooser } from "@/components/filing/prefecture-chooser";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewEventPage({ params, searchParams }: Props) {
  const user = await requireUser("records.write");
  const locale = (await params).locale as AppLocale;
  const t = await getTranslations("AdminEvents");
  if (!user.isNational) {
    // A prefecture's own staff file in their own prefecture; the form offers its choices only.
    const options = await getEventFormOptions(user.prefectureId, locale);
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold text-brand-800">{t("newTitle")}</h1>
        <EventForm action={createEventAction} defaults={{ status: "DRAFT" }} options={options} cancelHref="/admin/events" />
      </div>
    );
  }
  // A national user first chooses where the event is held (?prefecture=<id>); an unknown id chooses nothing.
  const prefectures = await listFilingPrefectures(locale);
  const requested = Number((await searchParams).prefecture);
  const chosen = prefectures.find((p) => p.id === requested) ?? null;
  const options = chosen ? await getEventFormOptions(chosen.id, locale) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("newTitle")}</h1>
      <PrefectureChooser kind="event" prefectures={prefectures} chosen={chosen?.id ?? null} />
      {chosen && options && (
        <EventForm action={createEventAction} defaults={{ status: "DRAFT" }} options={options} cancelHref="/admin/events" filedUnder={chosen} />
      )}
    </div>
  );
}
