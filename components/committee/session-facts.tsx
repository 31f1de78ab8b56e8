import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { formatDateTime } from "@/lib/format/dates";
import type { StoredSession } from "@/lib/committee/stored";

/** Date, place, chair, members and notes of a session, in the reader's language. */
export async function SessionFacts({ session }: { session: StoredSession }) {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("Committee.session");
  const notes = localized(locale, session.notesAr, session.notesFr);
  return (
    <section aria-labelledby="session-details" className="space-y-2">
      <h2 id="session-details" className="text-xl font-bold text-brand-800">{t("details")}</h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("date")}</dt><dd>{formatDateTime(session.heldOn, locale)}</dd>
        <dt className="font-semibold">{t("place")}</dt><dd>{localized(locale, session.placeAr, session.placeFr)}</dd>
        <dt className="font-semibold">{t("chair")}</dt><dd>{localized(locale, session.chairAr, session.chairFr)}</dd>
        <dt className="font-semibold">{t("members")}</dt>
        <dd><ul className="list-disc ps-5">{session.membersPresent.split("\n").map((m, i) => <li key={i}>{m}</li>)}</ul></dd>
        {notes && <><dt className="font-semibold">{t("notes")}</dt><dd className="whitespace-pre-line">{notes}</dd></>}
      </dl>
    </section>
  );
}
