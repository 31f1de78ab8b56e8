import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { intFilter } from "@/lib/lists/list-params";
import { getGrantFormOptions } from "@/lib/grants/queries";
import { createGrantAction } from "@/lib/grants/actions";
import { GrantForm } from "@/components/grants/grant-form";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Grants");
  return { title: t("newTitle") };
}

export default async function NewGrantPage({ searchParams }: Props) {
  const user = await requireUser("records.write");
  const locale = (await getLocale()) as AppLocale;
  const options = await getGrantFormOptions(user, locale);
  const raw = (await searchParams).cooperativeId;
  // Preselect only a cooperative the user may see (the link comes from a cooperative's page).
  const cooperativeId = intFilter(Array.isArray(raw) ? raw[0] : raw);
  const preselected = options.cooperatives.some((c) => c.value === cooperativeId) ? String(cooperativeId) : "";
  const t = await getTranslations("Grants");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("newTitle")}</h1>
      <GrantForm action={createGrantAction} options={options} defaults={{ cooperativeId: preselected, status: "APPROVED" }} cancelHref="/admin/grants" />
    </div>
  );
}
