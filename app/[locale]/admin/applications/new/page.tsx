import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { intFilter } from "@/lib/lists/list-params";
import { getCallForPaperApplication } from "@/lib/applications/queries";
import { recordPaperApplicationAction } from "@/lib/applications/actions";
import { ApplicationForm } from "@/components/apply/application-form";
import { ConsentNotice } from "@/components/apply/consent-notice";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Apply.paper");
  return { title: t("title") };
}

/** A paper application to the call `?call=<id>`: STAFF and ADMIN of its prefecture (national users: any). */
export default async function NewPaperApplicationPage({ searchParams }: Props) {
  const user = await requireUser("records.write");
  const locale = (await getLocale()) as AppLocale;
  const raw = (await searchParams).call;
  const callId = intFilter(Array.isArray(raw) ? raw[0] : raw);
  const call = callId ? await getCallForPaperApplication(user, callId, locale) : null;
  if (!call) notFound();
  const t = await getTranslations("Apply.paper");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("intro", { call: call.title })}</p>
      <ApplicationForm action={recordPaperApplicationAction.bind(null, call.id)} call={call} askLanguage notice={<ConsentNotice />} />
    </div>
  );
}
