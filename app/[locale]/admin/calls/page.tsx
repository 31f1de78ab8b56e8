import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { listAdminCalls, listProgrammeChoices } from "@/lib/calls/admin-queries";
import { CallListFilters } from "@/components/admin-calls/call-list-filters";
import { CallTable } from "@/components/admin-calls/call-table";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("Admin");
  return { title: t("calls") };
}

const single = (v: string | string[] | undefined) => (typeof v === "string" && v !== "" ? v : undefined);

export default async function AdminCallsPage({ params, searchParams }: Props) {
  const user = await requireUser("records.read");
  const locale = (await params).locale as AppLocale;
  const query = await searchParams;
  const filters = { status: single(query.status), programme: single(query.programme) };
  const [rows, programmes, t, admin] = await Promise.all([listAdminCalls(user, filters, locale), listProgrammeChoices(locale), getTranslations("Calls.admin"), getTranslations("Admin")]);
  const writer = can(user.role, "records.write");
  const filtered = Boolean(filters.status || filters.programme);
  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{admin("calls")}</h1>
          <p className="text-slate-700">{t("lead")}</p>
        </div>
        {writer && <Link href="/admin/calls/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("new")}</Link>}
      </header>
      <CallListFilters filters={filters} programmes={programmes} />
      <p role="status" className="font-semibold">{t("count", { count: rows.length })}</p>
      {rows.length > 0 ? (
        <CallTable rows={rows} />
      ) : (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">{filtered ? t("noMatch") : t("empty")}</p>
      )}
    </div>
  );
}
