import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/format/money";
import type { AgendaRow } from "@/lib/committee/types";
import { CommitteeBadge } from "@/components/committee/status-badge";

/** The agenda in rank order, each item with its score, request and decision, linking to its page. */
export async function AgendaList({ rows, sessionId }: { rows: AgendaRow[]; sessionId: number }) {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("Committee.agenda");
  return (
    <ol className="space-y-3" data-testid="agenda">
      {rows.map((item) => (
        <li key={item.id} className="rounded-md border border-slate-300 bg-white p-4" data-testid={`agenda-item-${item.applicationId}`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="font-bold text-brand-800">
              <span className="me-2 inline-block rounded bg-brand-700 px-2 text-white" aria-label={t("rank")}>{item.rank}</span>
              {item.applicantName}
            </p>
            <CommitteeBadge kind="decision" value={item.decision} />
          </div>
          <p className="mt-1 break-words">{item.projectTitle}</p>
          <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
            <div><dt className="inline font-semibold">{t("commune")}: </dt><dd className="inline">{item.commune}</dd></div>
            <div><dt className="inline font-semibold">{t("call")}: </dt><dd className="inline">{item.callReference}</dd></div>
            <div><dt className="inline font-semibold">{t("score")}: </dt><dd className="inline">{item.scoreAtAgenda === null ? t("unscored") : t("scoreValue", { score: item.scoreAtAgenda })}</dd></div>
            <div><dt className="inline font-semibold">{t("requested")}: </dt><dd className="inline">{formatMoney(item.requestedCentimes, locale)}</dd></div>
            {item.approvedAmountCentimes !== null && (
              <div><dt className="inline font-semibold">{t("amount")}: </dt><dd className="inline">{formatMoney(item.approvedAmountCentimes, locale)}</dd></div>
            )}
            {item.reason && <div className="sm:col-span-2"><dt className="inline font-semibold">{t("reason")}: </dt><dd className="inline">{item.reason}</dd></div>}
          </dl>
          <Link href={`/admin/committee/${sessionId}/items/${item.id}`} className="mt-2 inline-block text-brand-700 underline">{t("details", { rank: item.rank })}</Link>
        </li>
      ))}
    </ol>
  );
}
