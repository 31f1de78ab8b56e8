import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import type { AppLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatCount } from "@/lib/format/money";
import { loadWorkspaceCounts } from "@/lib/dashboards/workspace-counts";
import { loadNeedsAttention } from "@/lib/attention/kept-attention";
import { NeedsAttention } from "@/components/attention/needs-attention";

export default async function AdminHome() {
  const user = await requireUser();
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("Admin");
  const readsRecords = can(user.role, "records.read");
  const [counts, attention] = await Promise.all([loadWorkspaceCounts(user), readsRecords ? loadNeedsAttention(user, locale) : null]);
  const areas = [
    { href: "/admin/dashboard", label: t("dashboard"), detail: t("dashboardHint") },
    { href: "/admin/cooperatives", label: t("cooperatives"), detail: formatCount(counts.cooperatives, locale) },
    { href: "/admin/grants", label: t("grants"), detail: formatCount(counts.grants, locale) },
    { href: "/admin/events", label: t("events"), detail: t("eventsCount", { total: formatCount(counts.events, locale), drafts: formatCount(counts.draftEvents, locale) }) },
    { href: "/admin/organisations", label: t("organisations"), detail: formatCount(counts.organisations, locale) },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("welcome", { name: user.name })}</h1>
      {!can(user.role, "records.write") && <p className="rounded-md bg-brand-50 p-3">{t("readOnly")}</p>}
      {attention && <NeedsAttention lists={attention} locale={locale} national={user.isNational} />}
      <p className="text-lg">{t("overviewLead")}</p>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {areas.map((area) => (
          <li key={area.href}>
            <Link href={area.href} className="block rounded-lg border border-brand-100 bg-white p-4 shadow-sm hover:border-brand-600">
              <span className="block text-lg font-bold text-brand-800">{area.label}</span>
              <span className="block text-slate-700">{area.detail}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
