import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import type { PhaseTree } from "@/lib/territory/types";
import { Thresholds } from "@/components/territory/thresholds";

/** Phases > programmes > axes with their thresholds; edit links only for those who may edit (national). */
export async function StructureTree({ phases, editable }: { phases: PhaseTree; editable: boolean }) {
  const [t, lists, locale] = await Promise.all([getTranslations("Territory"), getTranslations("Lists"), getLocale() as Promise<AppLocale>]);
  const edit = (href: string, name: string) =>
    editable && <Link href={href} className="ms-2 text-sm underline">{lists("edit")}<span className="sr-only"> {name}</span></Link>;
  return (
    <ol className="space-y-4">
      {phases.map((phase) => {
        const phaseName = `${t("phase", { number: phase.number })} — ${localized(locale, phase.nameAr, phase.nameFr)}`;
        return (
          <li key={phase.id} className="rounded-md border border-slate-200 bg-white p-4">
            <h3 className="text-lg font-bold">
              {phaseName}{" "}
              {/* Years as strings: a year is a label, never grouped like an amount ("2,005"). */}
              <span className="font-normal whitespace-nowrap text-slate-700">
                ({phase.endYear === null ? t("periodOngoing", { start: String(phase.startYear) }) : t("period", { start: String(phase.startYear), end: String(phase.endYear) })})
              </span>
              {edit(`/admin/territory/phases/${phase.id}`, phaseName)}
            </h3>
            <ol className="mt-3 space-y-3 ps-4">
              {phase.programmes.map((programme) => {
                const programmeName = `${t("programme", { number: programme.number })} — ${localized(locale, programme.nameAr, programme.nameFr)}`;
                return (
                  <li key={programme.id}>
                    <h4 className="font-semibold">{programmeName}{edit(`/admin/territory/programmes/${programme.id}`, programmeName)}</h4>
                    {programme.axes.length === 0 ? (
                      <p className="text-sm text-slate-700">{t("noAxes")}</p>
                    ) : (
                      <ul className="mt-2 space-y-2 ps-4">
                        {programme.axes.map((axis) => (
                          <li key={axis.id} className="border-s-2 border-brand-100 ps-3">
                            <p>
                              <span dir="ltr" className="font-mono text-sm">{axis.code}</span> — {localized(locale, axis.nameAr, axis.nameFr)}
                              {edit(`/admin/territory/axes/${axis.id}`, axis.code)}
                            </p>
                            <Thresholds axis={axis} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
