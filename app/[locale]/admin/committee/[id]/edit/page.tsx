import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { getSessionForEdit } from "@/lib/committee/queries";
import { sessionFormValues } from "@/lib/committee/stored";
import { updateSessionAction } from "@/lib/committee/actions";
import { SessionForm } from "@/components/committee/session-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getTranslations("Committee");
  return { title: t("editTitle") };
}

export default async function EditCommitteeSessionPage({ params }: Props) {
  const user = await requireUser("records.write");
  const session = await getSessionForEdit(user, Number((await params).id));
  if (!session) notFound();
  const t = await getTranslations("Committee");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("editTitle")}</h1>
      <SessionForm action={updateSessionAction.bind(null, session.id)} defaults={sessionFormValues(session)} version={session.version} cancelHref={`/admin/committee/${session.id}`} />
    </div>
  );
}
