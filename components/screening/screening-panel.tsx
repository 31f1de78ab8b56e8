import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/actions/form-state";
import { formatCalendarDate, formatDateTime } from "@/lib/format/dates";
import type { ApplicationDetail } from "@/lib/screening/types";
import { Section } from "@/components/screening/fact-list";
import { EligibilityRules } from "@/components/screening/eligibility-rules";
import { ScreeningForm } from "@/components/screening/screening-form";

type Props = {
  application: ApplicationDetail;
  locale: AppLocale;
  /** The bound screening action, or null for a role that reads only. */
  action: ((previous: FormState, formData: FormData) => Promise<FormState>) | null;
};

/** The rules with ✓/✗, the last decision, and the form while screening is still possible. */
export async function ScreeningPanel({ application: a, locale, action }: Props) {
  const t = await getTranslations("Screening");
  const s = a.screening;
  const decided = a.status === "ELIGIBLE" || a.status === "INELIGIBLE" ? a.status : null;
  return (
    <Section id="application-screening" title={t("panel.title")}>
      <div className="space-y-2 rounded-md bg-white p-4">
        <h3 className="font-bold">{t("rules.title")}</h3>
        <p className="text-sm text-slate-600">{s.rulesAreStored && s.screenedAt ? t("rules.stored", { date: formatCalendarDate(s.screenedAt, locale) }) : t("rules.live")}</p>
        <EligibilityRules rules={s.rules} locale={locale} />
      </div>
      <p data-testid="screening-outcome">
        {s.screenedAt ? t("panel.last", { status: t(`status.${a.status}` as "status.RECEIVED"), date: formatDateTime(s.screenedAt, locale), name: s.screenedBy ?? "—" }) : t("panel.notYet")}
      </p>
      {s.reason && <p className="whitespace-pre-line rounded-md bg-white p-3"><span className="font-semibold">{t("panel.reason")}: </span>{s.reason}</p>}
      {s.open && action ? (
        <ScreeningForm action={action} version={a.version} checklist={s.checklist} decision={decided} reason={s.reason} />
      ) : (
        <>
          {!s.open && <p className="rounded-md border border-ochre-700/50 bg-ochre-100 p-3">{t("panel.locked")}</p>}
          <ul className="space-y-1 rounded-md bg-white p-4">
            {s.checklist.map((line) => (
              <li key={line.documentId}>
                {line.label}: {line.isValid === null ? t("panel.checkPending") : line.isValid ? t("panel.checkValid") : t("panel.checkInvalid")}
                {line.note && <span className="text-slate-600"> — {line.note}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
