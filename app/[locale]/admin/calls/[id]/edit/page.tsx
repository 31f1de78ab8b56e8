import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/auth/guard";
import { getStoredCall, listProgrammeChoices } from "@/lib/calls/admin-queries";
import { toFormValues } from "@/lib/calls/stored-call";
import { callLocks } from "@/lib/calls/locks";
import { updateCallAction } from "@/lib/calls/actions";
import { CallForm } from "@/components/admin-calls/call-form";

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function EditCallPage({ params }: Props) {
  const user = await requireUser("records.write");
  const { locale, id } = await params;
  const call = await getStoredCall(user, Number(id));
  // Missing, another prefecture's, or cancelled (no longer edited): the detail page says why for the last.
  if (!call || call.status === "CANCELLED") notFound();
  const [programmes, t] = await Promise.all([listProgrammeChoices(locale as AppLocale), getTranslations("Calls.admin")]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("editTitle", { title: localized(locale as AppLocale, call.titleAr, call.titleFr) })}</h1>
      <CallForm action={updateCallAction.bind(null, call.id)} defaults={toFormValues(call)} version={call.version} programmes={programmes} locks={callLocks(call)} cancelHref={`/admin/calls/${call.id}`} />
    </div>
  );
}
