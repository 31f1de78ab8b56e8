import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCalendarDate } from "@/lib/format/dates";

/** Says why an old application has no contact details and no documents any more (law 09-08 retention). */
export async function ErasedNotice({ date, locale }: { date: Date; locale: AppLocale }) {
  const t = await getTranslations("Apply");
  return (
    <p className="rounded-md border border-slate-300 bg-slate-50 p-3 text-slate-900" data-testid="personal-data-erased">
      {t("erased", { date: formatCalendarDate(date, locale) })}
    </p>
  );
}
