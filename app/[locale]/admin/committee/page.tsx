import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { listSessions } from "@/lib/committee/queries";
import { SessionTable } from "@/components/committee/session-table";

export async function generateMetadata() {
  const t = await getTranslations("Committee");
  return { title: t("title") };
}

export default async function CommitteeSessionsPage() {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const [rows, t] = await Promise.all([listSessions(user, locale), getTranslations("Committee")]);
  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="text-slate-700">{t("lead")}</p>
        </div>
        {can(user.role, "records.write") && (
          <Link href="/admin/committee/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("new")}</Link>
        )}
      </header>
      {rows.length > 0 ? <SessionTable rows={rows} /> : <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("empty")}</p>}
    </div>
  );
}
