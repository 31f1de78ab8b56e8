import { getTranslations } from "next-intl/server";
import { ServerLink } from "@/lib/i18n/server-link";
import type { AppLocale } from "@/lib/i18n/locales";
import { listOpenCalls } from "@/lib/calls/queries";
import { formatDateTime } from "@/lib/format/dates";

/** The home page's short list of open calls with their deadlines; nothing at all when none is open. */
export async function OpenCallsSection({ locale }: { locale: AppLocale }) {
  const calls = await listOpenCalls(locale);
  if (calls.length === 0) return null;
  const t = await getTranslations("Calls");
  return (
    <section aria-labelledby="open-calls-home" className="space-y-3 rounded-md border border-brand-200 bg-brand-50/60 p-4" data-testid="home-open-calls">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="open-calls-home" className="text-2xl font-bold text-brand-800">{t("home.title")}</h2>
        <ServerLink href="/calls" className="text-brand-700 underline">{t("home.seeAll")}</ServerLink>
      </div>
      <ul className="space-y-2">
        {calls.slice(0, 5).map((call) => (
          <li key={call.slug} className="flex flex-wrap items-baseline justify-between gap-x-4">
            <ServerLink href={`/calls/${call.slug}`} className="font-semibold text-brand-800 underline">{call.title}</ServerLink>
            <span className="text-slate-800">{t("closesOn", { date: formatDateTime(call.closesAt, locale) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
