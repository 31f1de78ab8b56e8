import { getTranslations } from "next-intl/server";
import type { AdminEventDetail } from "@/lib/events/admin-detail-queries";
import { BilingualText } from "@/components/admin-events/bilingual-text";

/** Every text of the event in both languages, the body rendered as the public page renders it. */
export async function EventTexts({ event }: { event: AdminEventDetail }) {
  const t = await getTranslations("AdminEvents.detail");
  const langs = { arLabel: t("arabic"), frLabel: t("french") };
  return (
    <section aria-labelledby="texts" className="space-y-4">
      <h2 id="texts" className="sr-only">{t("body")}</h2>
      <BilingualText label={t("occasion")} ar={event.occasionAr} fr={event.occasionFr} {...langs} />
      <BilingualText label={t("venue")} ar={event.venueAr} fr={event.venueFr} {...langs} />
      <BilingualText label={t("attendance")} ar={event.attendanceNoteAr} fr={event.attendanceNoteFr} {...langs} />
      <BilingualText label={t("summary")} ar={event.summaryAr} fr={event.summaryFr} {...langs} />
      <BilingualText label={t("body")} ar={event.bodyAr} fr={event.bodyFr} markdown {...langs} />
      <BilingualText label={t("source")} ar={event.sourceNameAr} fr={event.sourceNameFr} {...langs} />
    </section>
  );
}
