import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/actions/form-state";
import { formatMoney } from "@/lib/format/money";
import { formatCalendarDate } from "@/lib/format/dates";
import type { ConventionView } from "@/lib/conventions/types";
import { InlineDateForm } from "@/components/conventions/inline-date-form";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  convention: ConventionView;
  locale: AppLocale;
  /** Given to writers only: recordMilestoneReachedAction and payGrantTrancheAction bound to the grant. */
  actions: { reached: Action; pay: Action } | null;
};

/**
 * One card per milestone: what, by when, which tranche it releases, whether it is reached and the tranche
 * paid. Writers record the milestone (once the convention is signed) and pay the tranche; paying before
 * the milestone is reached is refused next to the button.
 */
export async function ConventionMilestones({ convention, locale, actions }: Props) {
  const t = await getTranslations("Conventions.page");
  const a = await getTranslations("Conventions.actions");
  const date = (d: Date) => formatCalendarDate(d, locale);
  return (
    <ol className="space-y-3" data-testid="convention-milestones">
      {convention.milestones.map((m) => (
        <li key={m.id} className="space-y-2 rounded-md bg-white p-4" data-testid={`milestone-${m.position}`}>
          <h3 className="font-bold">{t("milestone")} {m.position} : {m.label}</h3>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("dueOn")}</dt>
            <dd>{date(m.dueOn)}</dd>
            <dt className="font-semibold">{t("tranche")}</dt>
            <dd>{m.tranche ? t("trancheOf", { position: m.tranche.position, amount: formatMoney(m.tranche.amountCentimes, locale) }) : t("noTranche")}</dd>
            <dt className="font-semibold">{t("reachedOn")}</dt>
            <dd data-testid={`milestone-${m.position}-reached`}>{m.reachedOn ? t("reachedAt", { date: date(m.reachedOn) }) : t("notReached")}</dd>
            {m.tranche && (
              <>
                <dt className="font-semibold">{t("payment")}</dt>
                <dd data-testid={`tranche-${m.tranche.position}-paid`}>{m.tranche.paidOn ? t("paidAt", { date: date(m.tranche.paidOn) }) : t("waitsMilestone")}</dd>
              </>
            )}
          </dl>
          {actions && convention.signedOn && !m.reachedOn && (
            <InlineDateForm
              action={actions.reached}
              dateName="reachedOn"
              idPrefix={`reach-${m.position}`}
              label={a("reachedOn", { position: m.position })}
              submitLabel={a("recordReached")}
              pendingLabel={a("recording")}
              hidden={{ milestoneId: m.id, version: convention.version }}
            />
          )}
          {actions && m.tranche && !m.tranche.paidOn && (
            <InlineDateForm
              action={actions.pay}
              dateName="paidOn"
              idPrefix={`pay-${m.tranche.position}`}
              label={a("paidOn", { position: m.tranche.position })}
              submitLabel={a("pay")}
              pendingLabel={a("paying")}
              hidden={{ position: m.tranche.position, version: convention.grant.version }}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
