import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/audit/present";

/** The request's translator over every namespace, as the presenter wants it (keys named in full). */
export async function getAuditContext(): Promise<{ locale: AppLocale; t: Translate }> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<AppLocale>]);
  const translate = ((key: string, values?: Record<string, string | number>) => t(key as never, values as never)) as Translate;
  translate.has = (key: string) => t.has(key as never);
  return { locale, t: translate };
}
