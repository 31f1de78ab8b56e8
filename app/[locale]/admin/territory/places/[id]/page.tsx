import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import { intFilter } from "@/lib/lists/list-params";
import { getRecordHistory } from "@/lib/audit/queries";
import { getPlace } from "@/lib/territory/queries";
import { deletePlaceAction, updatePlaceAction } from "@/lib/territory/actions";
import { PlaceForm } from "@/components/territory/place-form";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";
import { RecordHistory } from "@/components/admin/record-history";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Territory"))("places") };
}

export default async function PlacePage({ params }: Props) {
  const user = await requireUser("reference.write");
  const id = intFilter((await params).id);
  const place = id ? await getPlace(user, id) : null;
  if (!place) notFound();
  const [t, locale, history] = await Promise.all([getTranslations("Territory"), getLocale() as Promise<AppLocale>, getRecordHistory(user, "Place", place.id)]);
  return (
    <div className="space-y-8">
      <Link href={`/admin/territory/communes/${place.communeId}`} className="underline">{t("backToCommune", { name: localized(locale, place.communeNameAr, place.communeNameFr) })}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{localized(locale, place.nameAr, place.nameFr)}</h1>
      <PlaceForm action={updatePlaceAction.bind(null, place.id)} place={place} />
      <DeleteRecordForm action={deletePlaceAction.bind(null, place.id)} version={place.version} />
      <RecordHistory history={history} />
    </div>
  );
}
