import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCalendarDate } from "@/lib/format/dates";
import type { ConventionSummary } from "@/lib/conventions/types";

type Props = { grantId: number; summary: ConventionSummary | null; canWrite: boolean; locale: AppLocale };

/** On the grant page: the convention's reference and state with links to it, or the way to prepare one. */
export async function ConventionSection({ grantId, summary, canWrite, locale }: Props) {
  const t = await getTranslations("Conventions.section");
  const button = "rounded-md px-4 py-2 font-semibold";
  return (
    <section aria-labelledby="grant-convention" className="space-y-3 rounded-md bg-white p-4" data-testid="grant-convention">
      <h2 id="grant-convention" className="text-xl font-bold text-brand-800">{t("title")}</h2>
      {summary === null ? (
        <>
          <p>{t("none")}</p>
          {canWrite && <Link href={`/admin/grants/${grantId}/convention/edit`} className={`${button} no-print inline-block bg-brand-700 text-white hover:bg-brand-800`}>{t("prepare")}</Link>}
        </>
      ) : (
        <>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("reference")}</dt>
            <dd dir="ltr" className="text-start">{summary.reference}</dd>
            <dt className="font-semibold">{t("state")}</dt>
            <dd>
              {summary.signedOn ? t("signed", { date: formatCalendarDate(summary.signedOn, locale) }) : t("draft")}
              {" · "}
              {t("reached", { reached: summary.reached, total: summary.milestones })}
            </dd>
          </dl>
          <p className="no-print flex flex-wrap gap-3">
            <Link href={`/admin/grants/${grantId}/convention`} className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>{t("open")}</Link>
            <Link href={`/admin/grants/${grantId}/convention/print`} className={`${button} border border-brand-700 text-brand-800`}>{t("print")}</Link>
          </p>
        </>
      )}
    </section>
  );
}
