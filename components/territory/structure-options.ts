import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { SelectOption } from "@/components/forms/select-field";

// Select labels that carry the numbers people use ("2.3" = phase 2, programme 3) before the name.
export function phaseOptions(phases: { id: number; number: number; nameAr: string; nameFr: string }[], locale: AppLocale): SelectOption[] {
  return phases.map((p) => ({ value: p.id, label: `${p.number} — ${localized(locale, p.nameAr, p.nameFr)}` }));
}

export function programmeOptions(programmes: { id: number; number: number; nameAr: string; nameFr: string; phase: { number: number } }[], locale: AppLocale): SelectOption[] {
  return programmes.map((p) => ({ value: p.id, label: `${p.phase.number}.${p.number} — ${localized(locale, p.nameAr, p.nameFr)}` }));
}
