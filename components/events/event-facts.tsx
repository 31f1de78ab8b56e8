import { getTranslations } from "next-intl/server";
import type { OrganisationRef, PublicEventDetail } from "@/lib/events/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatEventDate, formatTime, toZonedIsoString } from "@/lib/format/dates";

function organisationName(o: OrganisationRef): string {
  return o.acronym ? `${o.name} (${o.acronym})` : o.name;
}

export async function EventFacts({ event, locale }: { event: PublicEventDetail; locale: AppLocale }) {
  const t = await getTranslations("Event");
  const iso = toZonedIsoString(event.startsAt);
  const facts: { label: string; value: React.ReactNode }[] = [
    { label: t("date"), value: <time dateTime={iso}>{formatEventDate(event.startsAt, locale)}</time> },
    { label: t("time"), value: <time dateTime={iso}>{formatTime(event.startsAt, locale)}</time> },
    { label: t("venue"), value: event.communeName ? `${event.venue} — ${event.communeName}` : event.venue },
    { label: t("organiser"), value: organisationName(event.organiser) },
  ];
  if (event.occasion) facts.push({ label: t("occasion"), value: event.occasion });
  if (event.partners.length > 0) {
    facts.push({
      label: t("partners"),
      value: (
        <ul className="list-disc ps-5">
          {event.partners.map((p) => (
            <li key={p.name}>{organisationName(p)}</li>
          ))}
        </ul>
      ),
    });
  }
  if (event.attendance !== null) {
    facts.push({ label: t("attendance"), value: event.attendanceNote ?? t("attendees", { count: event.attendance }) });
  }
  return (
    <section aria-labelledby="event-facts" className="rounded-lg border border-brand-100 bg-brand-50 p-5">
      <h2 id="event-facts" className="sr-only">
        {t("facts")}
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        {facts.map((fact) => (
          <div key={fact.label} className="contents">
            <dt className="font-semibold text-brand-800">{fact.label}</dt>
            <dd className="text-slate-900">{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
