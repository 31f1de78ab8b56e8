import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/locales";
import { eventShareLinks } from "@/lib/events/share-links";
import { CopyLinkButton } from "@/components/events/copy-link-button";

const LINK =
  "inline-block rounded-md border border-brand-700 bg-white px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

type Props = { locale: AppLocale; slug: string; title: string; url: string };

/**
 * "Add to calendar" and share links for a public event. Every link works without JavaScript; the
 * copy/share button is added on top once the page is interactive. Hidden in print (no-print): on paper
 * these are only noise.
 */
export async function ShareEvent({ locale, slug, title, url }: Props) {
  const t = await getTranslations({ locale, namespace: "EventShare" });
  // A plain <a>, not the i18n Link: the target is a file from a route handler, not a page to navigate to.
  const calendarHref = localizedPath(locale, `/events/${slug}/calendar.ics`);
  return (
    <section aria-labelledby="event-share" className="no-print space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="event-share" className="text-xl font-bold text-brand-800">
        {t("heading")}
      </h2>
      <p>
        <a href={calendarHref} download={`${slug}.ics`} type="text/calendar" className={LINK}>
          {t("addToCalendar")}
        </a>
      </p>
      <ul className="flex flex-wrap gap-3">
        {eventShareLinks({ url, title }).map((link) => (
          <li key={link.target}>
            <a href={link.href} className={LINK} {...(link.newTab ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
              {t(link.target)}
              {link.newTab && <span className="sr-only"> {t("newTab")}</span>}
            </a>
          </li>
        ))}
      </ul>
      <CopyLinkButton
        url={url}
        title={title}
        texts={{ copyLink: t("copyLink"), shareLink: t("shareLink"), copied: t("copied"), shared: t("shared"), copyFailed: t("copyFailed") }}
      />
    </section>
  );
}
