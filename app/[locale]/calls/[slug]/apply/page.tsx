import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { ServerLink } from "@/lib/i18n/server-link";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { formatDateTime } from "@/lib/format/dates";
import { getPublishedCallForApplying } from "@/lib/applications/queries";
import { getFormTicketKey } from "@/lib/applications/ticket-key";
import { issueTicket } from "@/lib/applications/ticket";
import { submitApplicationAction } from "@/lib/applications/actions";
import { ApplicationForm } from "@/components/apply/application-form";
import { ConsentNotice } from "@/components/apply/consent-notice";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered per request: each visit gets its own signed ticket (the time the form was served).
export const dynamic = "force-dynamic";

async function load(params: Props["params"]) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const call = await getPublishedCallForApplying(slug, locale);
  if (!call) notFound();
  return { locale, call };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { call } = await load(params);
  const t = await getTranslations("Apply");
  return { title: t("pageTitle", { call: call.title }), robots: { index: false } };
}

export default async function ApplyPage({ params }: Props) {
  const { locale, call } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations("Apply");
  const ticket = call.state === "open" ? issueTicket(await getFormTicketKey(), call.id) : null;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{call.title}</p>
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p>{t("intro", { prefecture: call.prefectureName })}</p>
        <p className="font-semibold">{t("deadline", { date: formatDateTime(call.closesAt, locale) })}</p>
        <ServerLink href={`/calls/${call.slug}`} className="text-brand-800 underline">{t("backToCall")}</ServerLink>
      </header>
      {call.state === "notYetOpen" && <p role="status" className="rounded-md bg-ochre-100 p-4 font-semibold">{t("notYetOpen", { date: formatDateTime(call.opensAt, locale) })}</p>}
      {call.state === "closed" && <p role="status" className="rounded-md bg-ochre-100 p-4 font-semibold">{t("closed", { date: formatDateTime(call.closesAt, locale) })}</p>}
      {ticket && (
        <ClientMessages namespaces={["Apply", "FormStatus", "FormHelp", "Validation"]}>
          <ApplicationForm action={submitApplicationAction.bind(null, call.id)} call={call} ticket={ticket} notice={<ConsentNotice />} />
        </ClientMessages>
      )}
    </div>
  );
}
