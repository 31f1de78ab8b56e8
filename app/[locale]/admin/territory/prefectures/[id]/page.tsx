import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import { intFilter } from "@/lib/lists/list-params";
import { getRecordHistory } from "@/lib/audit/queries";
import { getPrefecture, listRegionOptions } from "@/lib/territory/prefecture-queries";
import { updatePrefectureAction } from "@/lib/territory/prefecture-actions";
import { PrefectureForm } from "@/components/territory/prefecture-form";
import { RecordHistory } from "@/components/admin/record-history";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Territory"))("prefectures") };
}

const button = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";

export default async function PrefecturePage({ params }: Props) {
  const user = await requireUser("reference.write");
  if (!user.isNational) notFound(); // national reference data
  const id = intFilter((await params).id);
  const prefecture = id ? await getPrefecture(id) : null;
  if (!prefecture) notFound();
  const [t, locale, regions, history] = await Promise.all([
    getTranslations("Territory"), getLocale() as Promise<AppLocale>, listRegionOptions(), getRecordHistory(user, "Prefecture", prefecture.id),
  ]);
  return (
    <div className="space-y-8">
      <Link href="/admin/territory" className="underline">{t("back")}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{localized(locale, prefecture.nameAr, prefecture.nameFr)}</h1>
      {/* What a new province needs first: its communes and its first users. */}
      <div className="flex flex-wrap gap-3">
        <Link href={`/admin/territory/communes/new?prefecture=${prefecture.id}`} className={button}>{t("addCommuneHere")}</Link>
        <Link href={`/admin/territory?prefecture=${prefecture.id}`} className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">{t("viewCommunes")}</Link>
        <Link href={`/admin/users/new?prefecture=${prefecture.id}`} className={button}>{t("firstUser")}</Link>
      </div>
      <PrefectureForm action={updatePrefectureAction.bind(null, prefecture.id)} regions={regions.map((r) => ({ value: r.id, label: localized(locale, r.nameAr, r.nameFr) }))} prefecture={prefecture} />
      <RecordHistory history={history} />
    </div>
  );
}
