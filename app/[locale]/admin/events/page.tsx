import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { parseListParams } from "@/lib/lists/list-params";
import { EVENT_FILTERS, EVENT_SORTS, getEventListFilters, listAdminEvents } from "@/lib/events/admin-queries";
import { EventListFilters } from "@/components/admin-events/event-list-filters";
import { EventTable } from "@/components/admin-events/event-table";
import { Pagination } from "@/components/admin/pagination";
import { ListExportLinks } from "@/components/admin/list-export-links";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("AdminEvents");
  return { title: t("title") };
}

export default async function AdminEventsPage({ params, searchParams }: Props) {
  const user = await requireUser("records.read");
  const locale = (await params).locale as AppLocale;
  const list = parseListParams(await searchParams, { sorts: EVENT_SORTS, defaultSort: "startsAt", defaultDir: "desc", filters: EVENT_FILTERS });
  const [{ rows, total }, filters] = await Promise.all([listAdminEvents(user, list, locale), getEventListFilters(user, locale)]);
  const t = await getTranslations("AdminEvents");
  const lists = await getTranslations("Lists");
  const filtered = Boolean(list.q) || Object.keys(list.filters).length > 0;
  const writer = can(user.role, "records.write");
  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="text-slate-700">{t("lead")}</p>
        </div>
        {writer && <Link href="/admin/events/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("new")}</Link>}
      </header>
      <EventListFilters params={list} years={filters.years} communes={filters.communes} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="font-semibold">{lists("results", { count: total })}</p>
        <ListExportLinks pathname="/admin/events" params={list} />
      </div>
      {rows.length > 0 ? (
        <EventTable rows={rows} params={list} />
      ) : (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {filtered ? lists("noMatch") : `${t("empty")}${writer ? ` ${t("emptyWriter")}` : ""}`}
        </p>
      )}
      <Pagination pathname="/admin/events" params={list} total={total} />
    </div>
  );
}
