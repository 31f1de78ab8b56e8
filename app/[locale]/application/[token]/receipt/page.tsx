import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { localizedPath } from "@/lib/i18n/paths";
import { ServerLink } from "@/lib/i18n/server-link";
import { publicBaseUrl } from "@/lib/public-base-url";
import { formatDateTime } from "@/lib/format/dates";
import { getApplicationByToken } from "@/lib/applications/queries";
import { PrintButton } from "@/components/dashboard/print-button";

type Props = { params: Promise<{ locale: string; token: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Apply.receipt");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Shown once after submitting (and printable): the receipt code and the private follow-up link. */
export default async function ApplicationReceiptPage({ params }: Props) {
  const { locale, token } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const application = await getApplicationByToken(token, locale);
  if (!application) notFound();
  const t = await getTranslations("Apply");
  const followPath = localizedPath(locale, `/application/${token}`);
  const followUrl = `${publicBaseUrl()}${followPath}`;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("receipt.title")}</h1>
      <p role="status">{t("receipt.intro")}</p>
      <dl className="space-y-4 rounded-md border-2 border-brand-700 bg-white p-4">
        <div>
          <dt className="font-semibold text-slate-700">{t("receipt.code")}</dt>
          <dd dir="ltr" className="whitespace-nowrap text-start font-mono text-3xl font-bold tracking-widest" data-testid="receipt-code">{application.receiptCode}</dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-700">{t("receipt.link")}</dt>
          <dd dir="ltr" className="text-start font-mono text-sm break-all" data-testid="follow-url">{followUrl}</dd>
          <dd className="mt-1 text-sm text-slate-700">{t("receipt.linkWarning")}</dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-700">{t("follow.call")}</dt>
          <dd>{application.callTitle}</dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-700">{t("follow.cooperative")}</dt>
          <dd>{application.cooperativeName}</dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-700">{t("follow.submittedOn")}</dt>
          <dd>{formatDateTime(application.submittedAt, locale)}</dd>
        </div>
      </dl>
      <div className="no-print flex flex-wrap gap-3">
        <PrintButton label={t("receipt.print")} />
        <ServerLink href={`/application/${token}`} className="rounded-md border border-brand-700 px-4 py-1 font-semibold text-brand-800">{t("receipt.follow")}</ServerLink>
      </div>
    </div>
  );
}
