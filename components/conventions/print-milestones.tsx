import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/format/money";
import { formatCalendarDate } from "@/lib/format/dates";
import type { ConventionView } from "@/lib/conventions/types";

/** The milestones with their due dates and the tranche each releases, as printed in the convention. */
export async function PrintMilestones({ convention, locale }: { convention: ConventionView; locale: AppLocale }) {
  const t = await getTranslations("Conventions.page");
  return (
    <table className="w-full border border-slate-400 text-sm" data-testid="print-milestones">
      <thead className="bg-slate-100">
        <tr>
          <th scope="col" className="border border-slate-400 p-1 text-start">{t("milestone")}</th>
          <th scope="col" className="border border-slate-400 p-1 text-start">{t("dueOn")}</th>
          <th scope="col" className="border border-slate-400 p-1 text-start">{t("tranche")}</th>
        </tr>
      </thead>
      <tbody>
        {convention.milestones.map((m) => (
          <tr key={m.id}>
            <th scope="row" className="border border-slate-400 p-1 text-start font-normal">{m.position}. {m.label}</th>
            <td className="border border-slate-400 p-1 whitespace-nowrap">{formatCalendarDate(m.dueOn, locale)}</td>
            <td className="border border-slate-400 p-1">
              {m.tranche ? t("trancheOf", { position: m.tranche.position, amount: formatMoney(m.tranche.amountCentimes, locale) }) : t("noTranche")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
