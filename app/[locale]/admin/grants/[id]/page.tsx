import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { getRecordHistory } from "@/lib/audit/queries";
import { intFilter } from "@/lib/lists/list-params";
import { getGrantDetail } from "@/lib/grants/queries";
import { deleteGrantAction } from "@/lib/grants/actions";
import { getGrantPublication } from "@/lib/open-data/queries";
import { setGrantPublicAction } from "@/lib/open-data/actions";
import { GrantFacts } from "@/components/grants/grant-facts";
import { GrantMoney } from "@/components/grants/grant-money";
import { GrantDemoBadge } from "@/components/grants/grant-demo-badge";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";
import { RecordHistory } from "@/components/admin/record-history";
import { GrantPublication } from "@/components/open-data/grant-publication";
import { getConventionSummary } from "@/lib/conventions/queries";
import { ConventionSection } from "@/components/conventions/convention-section";
import { getGrantFollowUp } from "@/lib/visits/queries";
import { VisitsSection } from "@/components/visits/visits-section";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Grants");
  return { title: t("title") };
}

export default async function GrantPage({ params }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const id = intFilter((await params).id);
  // Another prefecture's grant and a grant that does not exist look the same: not found.
  const grant = id ? await getGrantDetail(user, id, locale) : null;
  if (!grant) notFound();
  const [t, history, publication, convention, followUp] = await Promise.all([
    getTranslations("Grants"), getRecordHistory(user, "Grant", grant.id), getGrantPublication(user, grant.id), getConventionSummary(user, grant.id),
    getGrantFollowUp(user, grant.id, locale),
  ]);
  const canWrite = can(user.role, "records.write");
  // Only an ADMIN decides what goes into the public open-data files; the others see the state only.
  const canPublish = can(user.role, "records.publish");
  return (
    <div className="space-y-8">
      <Link href="/admin/grants" className="no-print text-brand-700 underline">{t("detail.back")}</Link>
      <header className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-800">
          {localized(locale, grant.titleAr, grant.titleFr)}
          {grant.isDemo && <GrantDemoBadge />}
        </h1>
        {canWrite && (
          <Link href={`/admin/grants/${grant.id}/edit`} className="no-print rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("detail.edit")}
          </Link>
        )}
      </header>
      <GrantFacts grant={grant} locale={locale} />
      <GrantMoney grant={grant} locale={locale} />
      <ConventionSection grantId={grant.id} summary={convention} canWrite={canWrite} locale={locale} />
      <VisitsSection grantId={grant.id} followUp={followUp} canWrite={canWrite} locale={locale} />
      {publication && (
        <GrantPublication
          isPublic={publication.isPublic}
          isDemo={publication.isDemo}
          version={publication.version}
          action={canPublish ? setGrantPublicAction.bind(null, grant.id) : null}
        />
      )}
      <RecordHistory history={history} />
      {canWrite && <DeleteRecordForm action={deleteGrantAction.bind(null, grant.id)} version={grant.version} />}
    </div>
  );
}
