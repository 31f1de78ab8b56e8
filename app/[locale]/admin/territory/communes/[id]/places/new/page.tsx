import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import { intFilter } from "@/lib/lists/list-params";
import { getCommune } from "@/lib/territory/queries";
import { createPlaceAction } from "@/lib/territory/actions";
import { PlaceForm } from "@/components/territory/place-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Territory"))("newPlace") };
}

export default async function NewPlacePage({ params }: Props) {
  const user = await requireUser("reference.write");
  const id = intFilter((await params).id);
  const commune = id ? await getCommune(user, id) : null;
  if (!commune) notFound();
  const [t, locale] = await Promise.all([getTranslations("Territory"), getLocale() as Promise<AppLocale>]);
  const name = localized(locale, commune.nameAr, commune.nameFr);
  return (
    <div className="space-y-6">
      <Link href={`/admin/territory/communes/${commune.id}`} className="underline">{t("backToCommune", { name })}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{t("newPlaceTitle", { commune: name })}</h1>
      <PlaceForm action={createPlaceAction} communeId={commune.id} />
    </div>
  );
}
