import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import { intFilter } from "@/lib/lists/list-params";
import { getRecordHistory } from "@/lib/audit/queries";
import { getCommune } from "@/lib/territory/queries";
import { prefectureSelectOptions } from "@/lib/territory/prefecture-options";
import { deleteCommuneAction, updateCommuneAction } from "@/lib/territory/actions";
import { CommuneForm } from "@/components/territory/commune-form";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";
import { RecordHistory } from "@/components/admin/record-history";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Territory"))("communes") };
}

export default async function CommunePage({ params }: Props) {
  const user = await requireUser("reference.write");
  const id = intFilter((await params).id);
  // Another prefecture's commune does not exist for this admin.
  const commune = id ? await getCommune(user, id) : null;
  if (!commune) notFound();
  const [t, locale, history] = await Promise.all([getTranslations("Territory"), getLocale() as Promise<AppLocale>, getRecordHistory(user, "Commune", commune.id)]);
  // A national admin may move a commune filed under the wrong prefecture or province.
  const prefectures = user.isNational ? await prefectureSelectOptions(locale) : undefined;
  return (
    <div className="space-y-8">
      <Link href="/admin/territory" className="underline">{t("back")}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{localized(locale, commune.nameAr, commune.nameFr)}</h1>
      <CommuneForm action={updateCommuneAction.bind(null, commune.id)} commune={commune} prefectures={prefectures} defaultPrefectureId={commune.prefectureId} />
      <section aria-labelledby="places" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="places" className="text-2xl font-bold text-brand-800">{t("places")}</h2>
          <Link href={`/admin/territory/communes/${commune.id}/places/new`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("newPlace")}</Link>
        </div>
        <p className="text-sm">{t("placesHelp")}</p>
        {commune.places.length === 0 ? (
          <p>{t("noPlaces")}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6">
            {commune.places.map((place) => (
              <li key={place.id}>
                <Link href={`/admin/territory/places/${place.id}`} className="underline">{localized(locale, place.nameAr, place.nameFr)}</Link>{" "}
                <span className="text-sm text-slate-700">(<span dir="ltr">{place.code}</span> · {t(`kinds.${place.kind}` as "kinds.OTHER")})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <DeleteRecordForm action={deleteCommuneAction.bind(null, commune.id)} version={commune.version} />
      <RecordHistory history={history} />
    </div>
  );
}
