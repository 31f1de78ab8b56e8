import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { listFilingPrefectures } from "@/lib/events/admin-queries";
import { listProgrammeChoices } from "@/lib/calls/admin-queries";
import { createCallAction } from "@/lib/calls/actions";
import { CallForm } from "@/components/admin-calls/call-form";
import { PrefectureChooser } from "@/components/filing/prefecture-chooser";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("Calls.admin");
  return { title: t("newTitle") };
}

export default async function NewCallPage({ params, searchParams }: Props) {
  const user = await requireUser("records.write");
  const locale = (await params).locale as AppLocale;
  const [t, programmes] = await Promise.all([getTranslations("Calls.admin"), listProgrammeChoices(locale)]);
  const title = <h1 className="text-3xl font-bold text-brand-800">{t("newTitle")}</h1>;
  if (!user.isNational) {
    return (
      <div className="space-y-6">
        {title}
        <CallForm action={createCallAction} defaults={{}} programmes={programmes} cancelHref="/admin/calls" />
      </div>
    );
  }
  // A national user first chooses the prefecture whose CPDH launches the call (?prefecture=<id>), as for events.
  const prefectures = await listFilingPrefectures(locale);
  const requested = Number((await searchParams).prefecture);
  const chosen = prefectures.find((p) => p.id === requested) ?? null;
  return (
    <div className="space-y-6">
      {title}
      <PrefectureChooser kind="call" prefectures={prefectures} chosen={chosen?.id ?? null} />
      {chosen && <CallForm action={createCallAction} defaults={{}} programmes={programmes} cancelHref="/admin/calls" filedUnder={chosen} />}
    </div>
  );
}
