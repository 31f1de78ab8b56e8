import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { listFilingPrefectures } from "@/lib/events/admin-queries";
import { createSessionAction } from "@/lib/committee/actions";
import { SessionForm } from "@/components/committee/session-form";
import { PrefectureChooser } from "@/components/filing/prefecture-chooser";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("Committee");
  return { title: t("newTitle") };
}

/** A session of the user's own prefecture's CPDH; a national user first chooses whose (?prefecture=<id>). */
export default async function NewCommitteeSessionPage({ params, searchParams }: Props) {
  const user = await requireUser("records.write");
  const t = await getTranslations("Committee");
  const title = <h1 className="text-3xl font-bold text-brand-800">{t("newTitle")}</h1>;
  if (!user.isNational) {
    return (
      <div className="space-y-6">
        {title}
        <SessionForm action={createSessionAction} defaults={{}} cancelHref="/admin/committee" />
      </div>
    );
  }
  const prefectures = await listFilingPrefectures((await params).locale as AppLocale);
  const requested = Number((await searchParams).prefecture);
  const chosen = prefectures.find((p) => p.id === requested) ?? null;
  return (
    <div className="space-y-6">
      {title}
      <PrefectureChooser kind="session" prefectures={prefectures} chosen={chosen?.id ?? null} />
      {chosen && <SessionForm action={createSessionAction} defaults={{}} cancelHref="/admin/committee" filedUnder={chosen} />}
    </div>
  );
}
