import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCalendarDate } from "@/lib/format/dates";
import { formatMoney } from "@/lib/format/money";
import type { CommitteeDecisionView } from "@/lib/screening/types";
import { Section } from "@/components/screening/fact-list";

/** Read only here: the committee's pages record its decisions. */
export async function CommitteeDecision({ items, locale }: { items: CommitteeDecisionView[]; locale: AppLocale }) {
  const t = await getTranslations("Screening.committee");
  return (
    <Section id="application-committee" title={t("title")}>
      {items.length === 0 ? (
        <p className="rounded-md bg-white p-4">{t("none")}</p>
      ) : (
        <ul className="space-y-2">
          {items.map((item, i) => {
            const date = formatCalendarDate(item.heldOn, locale);
            return (
              <li key={i} className="space-y-1 rounded-md bg-white p-4">
                <p className="font-semibold">
                  {item.decision ? t("decided", { date, decision: t(`decisions.${item.decision}` as "decisions.APPROVED") }) : t("scheduled", { date, rank: item.rank })}
                </p>
                {item.approvedAmountCentimes !== null && <p>{t("approvedAmount", { amount: formatMoney(item.approvedAmountCentimes, locale) })}</p>}
                {item.reason && <p>{t("reason", { reason: item.reason })}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
