// The translator the app gives the presenter, built from the real message files, for tests and the export.
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/audit/present";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";

export function messagesTranslator(locale: AppLocale): Translate {
  const t = createTranslator({ locale, messages: locale === "ar" ? ar : fr });
  const translate = ((key: string, values?: Record<string, string | number>) => (t as unknown as (k: string, v?: object) => string)(key, values)) as Translate;
  translate.has = (key: string) => (t as unknown as { has(k: string): boolean }).has(key);
  return translate;
}
