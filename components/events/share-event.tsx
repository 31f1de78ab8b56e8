import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/locales";
import { eventShareLinks } from "@/lib/events/share-links";
import { PublicPagesScript } from "@/components/layout/public-pages-script";

const LINK =
  "inline-block rounded-md border border-brand-700 bg-white px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

const BUTTON =
  "rounded-md border border-brand-700 bg-white px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

type Props = { locale: AppLocale; slug: string; title: string; url: string };

/**
 * "Add to calendar" and share links for a public event. Every link works without JavaScript. The copy/share
 * button is rendered hidden and shown by public/js/public-pages.js, which labels it for the device: "share"
 * where the browser has a share sheet (phones), else "copy"; without the script there is no dead button. Where
 * React hydrates the page after all (PUBLIC_PAGE_SCRIPTS=on, or a page reached from the hydrated workspace),
 * suppressHydrationWarning lets it keep what the script changed instead of rendering the block again.
 * Hidden in print (no-print): on paper these are only noise.
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
      <div
        data-share-button
        data-url={url}
        data-title={title}
        data-texts={JSON.stringify({ copyLink: t("copyLink"), shareLink: t("shareLink"), copied: t("copied"), shared: t("shared") })}
        hidden
        className="flex flex-wrap items-center gap-3"
        suppressHydrationWarning
      >
        <button type="button" className={BUTTON} suppressHydrationWarning>
          {t("copyLink")}
        </button>
        {/* role=status is a polite live region, present before any message so screen readers announce it. */}
        <p role="status" className="text-sm text-slate-800">
          <span data-share-message suppressHydrationWarning />
          <span data-share-failed hidden suppressHydrationWarning>
            {t("copyFailed")} <bdi dir="ltr" className="select-all break-all">{url}</bdi>
          </span>
        </p>
      </div>
      <PublicPagesScript />
    </section>
  );
}
