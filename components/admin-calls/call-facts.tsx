import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import type { AdminCallDetail } from "@/lib/calls/types";
import { formatDateTime } from "@/lib/format/dates";
import { formatCount, formatMoney } from "@/lib/format/money";
import { CallStatusBadge } from "@/components/admin-calls/call-status-badge";

/** The call's general facts, as staff check them before publishing. */
export async function CallFacts({ call, locale }: { call: AdminCallDetail; locale: AppLocale }) {
  const t = await getTranslations("Calls");
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid gap-1 border-t border-slate-200 py-2 sm:grid-cols-[14rem_1fr]">
      <dt className="font-semibold text-slate-700">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section aria-labelledby="call-facts" className="space-y-2 rounded-md border border-slate-200 bg-white p-4">
      <h2 id="call-facts" className="text-xl font-bold text-brand-800">{t("admin.detail.facts")}</h2>
      <dl>
        {row(t("admin.detail.status"), <CallStatusBadge status={call.status} />)}
        {row(t("page.reference"), <span dir="ltr">{call.reference}</span>)}
        {row(t("page.prefecture"), call.prefectureName)}
        {row(t("page.programme"), call.programme)}
        {row(t("page.axes"), call.axes.map((a) => a.name).join(locale === "ar" ? "، " : ", "))}
        {row(t("page.opens"), `${formatDateTime(call.opensAt, locale)} (${t("page.moroccoTime")})`)}
        {row(t("page.deadline"), `${formatDateTime(call.closesAt, locale)} (${t("page.moroccoTime")})`)}
        {row(t("page.envelope"), formatMoney(call.envelopeCentimes, locale))}
        {row(t("admin.detail.slug"), <span dir="ltr">/calls/{call.slug}</span>)}
        {row(t("admin.detail.publishedAt"), call.publishedAt ? formatDateTime(call.publishedAt, locale) : "—")}
        {row(t("admin.detail.resultsPublic"), call.resultsPublic ? t("admin.detail.yes") : t("admin.detail.no"))}
        {row(t("admin.detail.applications"), (
          <Link href={{ pathname: "/admin/applications", query: { call: call.id } }} className="text-brand-800 underline">
            {formatCount(call.applications, locale)} — {t("admin.detail.applicationsLink")}
          </Link>
        ))}
      </dl>
    </section>
  );
}
