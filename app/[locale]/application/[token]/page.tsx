import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { formatDateTime } from "@/lib/format/dates";
import { formatMoney } from "@/lib/format/money";
import { getApplicationByToken } from "@/lib/applications/queries";
import { ApplicationSteps } from "@/components/apply/application-steps";
import { ErasedNotice } from "@/components/apply/erased-notice";

type Props = { params: Promise<{ locale: string; token: string }> };

// The token is the only key: never cached, never indexed, never sent on as a referrer (next.config.ts).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Apply.follow");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function FollowApplicationPage({ params }: Props) {
  const { locale, token } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const application = await getApplicationByToken(token, locale);
  if (!application) notFound();
  const t = await getTranslations("Apply.follow");
  const rows: [string, string][] = [
    [t("call"), application.callTitle],
    [t("cooperative"), application.cooperativeName],
    [t("project"), application.projectTitle],
    [t("requested"), formatMoney(application.requestedIndhCentimes, locale)],
    [t("submittedOn"), formatDateTime(application.submittedAt, locale)],
  ];
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <section className="rounded-md border-2 border-brand-700 bg-white p-4" aria-labelledby="status-title">
        <h2 id="status-title" className="text-sm font-semibold text-slate-700">{t("status")}</h2>
        <p className="text-xl font-bold" data-testid="application-status">{t(`statuses.${application.status}` as "statuses.RECEIVED")}</p>
      </section>
      <ApplicationSteps status={application.status} reviewed={application.reviewed} />
      {application.personalDataErasedAt && <ErasedNotice date={application.personalDataErasedAt} locale={locale} />}
      <dl className="grid gap-x-4 gap-y-2 rounded-md border border-slate-300 bg-white p-4 sm:grid-cols-[max-content_1fr]">
        <div className="contents">
          <dt className="font-semibold text-slate-700">{t("code")}</dt>
          {/* One unit, read left to right: a phone's line never breaks it at its hyphen. */}
          <dd><bdi dir="ltr" className="whitespace-nowrap font-mono font-bold" data-testid="follow-receipt-code">{application.receiptCode}</bdi></dd>
        </div>
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-700">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
        <div className="contents">
          <dt className="font-semibold text-slate-700">{t("documents")}</dt>
          <dd>
            <ul className="list-disc ps-5">{application.fileNames.map((name, i) => <li key={i} className="break-all">{name}</li>)}</ul>
          </dd>
        </div>
      </dl>
    </div>
  );
}
