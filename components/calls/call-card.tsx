import { getTranslations } from "next-intl/server";
import { ServerLink } from "@/lib/i18n/server-link";
import type { AppLocale } from "@/lib/i18n/locales";
import type { PublicCallSummary } from "@/lib/calls/types";
import { formatDateTime } from "@/lib/format/dates";
import { formatMoney } from "@/lib/format/money";

type Props = { call: PublicCallSummary; locale: AppLocale; when: "open" | "upcoming" | "past"; headingLevel?: "h2" | "h3" };

/** A call in a list: its title (the link), programme, envelope and the date that matters now. */
export async function CallCard({ call, locale, when, headingLevel: Heading = "h3" }: Props) {
  const t = await getTranslations("Calls");
  const date =
    when === "open" ? t("closesOn", { date: formatDateTime(call.closesAt, locale) })
    : when === "upcoming" ? t("opensOn", { date: formatDateTime(call.opensAt, locale) })
    : t("closedOn", { date: formatDateTime(call.closesAt, locale) });
  return (
    <article className="space-y-1 rounded-md border border-slate-200 bg-white p-4">
      <Heading className="text-lg font-bold">
        <ServerLink href={`/calls/${call.slug}`} className="text-brand-800 underline">{call.title}</ServerLink>
      </Heading>
      <p className="text-slate-700">{call.programme}</p>
      <p className={when === "open" ? "font-semibold text-slate-900" : "text-slate-800"}>{date}</p>
      <p className="text-slate-700">{t("envelopeValue", { amount: formatMoney(call.envelopeCentimes, locale) })}</p>
    </article>
  );
}
