import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { intFilter } from "@/lib/lists/list-params";
import type { AppLocale } from "@/lib/i18n/locales";
import { prefectureSelectOptions } from "@/lib/territory/prefecture-options";
import { createCommuneAction } from "@/lib/territory/actions";
import { CommuneForm } from "@/components/territory/commune-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Territory"))("newCommuneTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewCommunePage({ searchParams }: Props) {
  const user = await requireUser("reference.write");
  // "Add a commune" on a prefecture's page comes with ?prefecture=<id> chosen in advance.
  const chosen = intFilter(String((await searchParams).prefecture ?? ""));
  const [t, locale] = await Promise.all([getTranslations("Territory"), getLocale() as Promise<AppLocale>]);
  // A prefecture admin's communes always go into their prefecture; a national admin chooses.
  const prefectures = user.isNational ? await prefectureSelectOptions(locale) : undefined;
  return (
    <div className="space-y-6">
      <Link href="/admin/territory" className="underline">{t("back")}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{t("newCommuneTitle")}</h1>
      <CommuneForm action={createCommuneAction} prefectures={prefectures} defaultPrefectureId={(prefectures?.some((p) => p.value === chosen) && chosen) || user.prefectureId} />
    </div>
  );
}
