import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/format/dates";
import { formatMoney } from "@/lib/format/money";
import type { SessionListRow } from "@/lib/committee/types";
import { CommitteeBadge } from "@/components/committee/status-badge";

/** The sessions as cards: one per session, readable at phone width without sideways scrolling. */
export async function SessionTable({ rows }: { rows: SessionListRow[] }) {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("Committee.list");
  return (
    <ul className="space-y-3" data-testid="committee-sessions">
      {rows.map((s) => {
        const date = formatDateTime(s.heldOn, locale);
        return (
          <li key={s.id} className="rounded-md border border-slate-300 bg-white p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link href={`/admin/committee/${s.id}`} className="text-lg font-bold text-brand-800 underline" aria-label={t("open", { date })}>{date}</Link>
              <CommitteeBadge kind="status" value={s.status} />
            </div>
            <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
              <div><dt className="inline font-semibold">{t("place")}: </dt><dd className="inline">{s.place}</dd></div>
              <div><dt className="inline font-semibold">{t("progress")}: </dt><dd className="inline">{t("progressValue", { decided: s.decided, items: s.items })}</dd></div>
              <div><dt className="inline font-semibold">{t("approved")}: </dt><dd className="inline">{formatMoney(s.approvedCentimes, locale)}</dd></div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
