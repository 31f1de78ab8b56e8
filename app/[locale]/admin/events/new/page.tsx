import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { getEventFormOptions } from "@/lib/events/admin-queries";
import { createEventAction } from "@/lib/events/actions";
import { EventForm } from "@/components/admin-events/event-form";

type Props = { params: Promise<{ locale: string }> };

export default async function NewEventPage({ params }: Props) {
  const user = await requireUser("records.write");
  const locale = (await params).locale as AppLocale;
  const [options, t] = await Promise.all([getEventFormOptions(user.prefectureId, locale), getTranslations("AdminEvents")]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("newTitle")}</h1>
      <EventForm action={createEventAction} defaults={{ status: "DRAFT" }} options={options} cancelHref="/admin/events" />
    </div>
  );
}
