import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { parseListParams } from "@/lib/lists/list-params";
import { listUsers, USER_FILTERS, USER_SORTS } from "@/lib/users/queries";
import { UserTable } from "@/components/users/user-table";
import { UserSearchForm } from "@/components/users/user-search-form";
import { Pagination } from "@/components/admin/pagination";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Users"))("title") };
}

export default async function UsersPage({ searchParams }: Props) {
  const user = await requireUser("users.manage");
  const params = parseListParams(await searchParams, { sorts: USER_SORTS, defaultSort: "email", filters: USER_FILTERS });
  const [t, lists, { rows, total }] = await Promise.all([getTranslations("Users"), getTranslations("Lists"), listUsers(user, params)]);
  const pathname = "/admin/users"; // i18n Link adds the locale
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <Link href="/admin/users/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("new")}</Link>
      </div>
      <p>{t("lead")}</p>
      <UserSearchForm params={params} />
      <p role="status" className="text-sm text-slate-700">{lists("results", { count: total })}</p>
      <UserTable rows={rows} params={params} pathname={pathname} showPrefecture={user.isNational} />
      <Pagination pathname={pathname} params={params} total={total} />
    </div>
  );
}
