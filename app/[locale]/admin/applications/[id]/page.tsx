import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { getRecordHistory } from "@/lib/audit/queries";
import { intFilter } from "@/lib/lists/list-params";
import { formatCalendarDate } from "@/lib/format/dates";
import { getApplicationDetail } from "@/lib/screening/queries";
import { getApplicationReviews } from "@/lib/reviews/queries";
import { screenApplicationAction } from "@/lib/screening/actions";
import { declareConflictAction, saveReviewAction } from "@/lib/reviews/actions";
import { ApplicationFacts } from "@/components/screening/application-facts";
import { ErasedNotice } from "@/components/apply/erased-notice";
import { ApplicationDocuments } from "@/components/screening/application-documents";
import { ApplicationStatusBadge } from "@/components/screening/application-status-badge";
import { ScreeningPanel } from "@/components/screening/screening-panel";
import { CommitteeDecision } from "@/components/screening/committee-decision";
import { ReviewSection } from "@/components/reviews/review-section";
import { RecordHistory } from "@/components/admin/record-history";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: t("applications") };
}

export default async function ApplicationPage({ params }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const id = intFilter((await params).id);
  // Another prefecture's application and one that does not exist look the same: not found.
  const [application, reviews] = id ? await Promise.all([getApplicationDetail(user, id, locale), getApplicationReviews(user, id, locale)]) : [null, null];
  if (!application || !reviews) notFound();
  const [t, history] = await Promise.all([getTranslations("Screening"), getRecordHistory(user, "Application", application.id)]);
  const canWrite = can(user.role, "records.write");
  return (
    <div className="space-y-8">
      <Link href="/admin/applications" className="no-print text-brand-700 underline">{t("detail.back")}</Link>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("detail.heading", { code: application.receiptCode })}</h1>
        <p className="flex flex-wrap items-center gap-3">
          <ApplicationStatusBadge status={application.status} />
          <span>{t("detail.submitted", { date: formatCalendarDate(application.submittedAt, locale), channel: t(`channel.${application.channel}` as "channel.ONLINE") })}</span>
        </p>
      </header>
      {application.personalDataErasedAt && <ErasedNotice date={application.personalDataErasedAt} locale={locale} />}
      <ApplicationFacts application={application} locale={locale} />
      <ApplicationDocuments applicationId={application.id} documents={application.documents} locale={locale} />
      <ScreeningPanel application={application} locale={locale} action={canWrite ? screenApplicationAction.bind(null, application.id) : null} />
      <ReviewSection
        data={reviews}
        locale={locale}
        actions={canWrite ? { save: saveReviewAction.bind(null, application.id), conflict: declareConflictAction.bind(null, application.id) } : null}
      />
      <CommitteeDecision items={application.committee} locale={locale} />
      <RecordHistory history={history} />
    </div>
  );
}
