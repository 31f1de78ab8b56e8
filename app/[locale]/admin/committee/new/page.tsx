import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { createSessionAction } from "@/lib/committee/actions";
import { SessionForm } from "@/components/committee/session-form";

export async function generateMetadata() {
  const t = await getTranslations("Committee");
  return { title: t("newTitle") };
}

/** A session is filed under the user's own prefecture's CPDH. */
export default async function NewCommitteeSessionPage() {
  await requireUser("records.write");
  const t = await getTranslations("Committee");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("newTitle")}</h1>
      <SessionForm action={createSessionAction} defaults={{}} cancelHref="/admin/committee" />
    </div>
  );
}
