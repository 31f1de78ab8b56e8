import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { getRecordHistory } from "@/lib/audit/queries";
import { getAdminCall } from "@/lib/calls/admin-queries";
import { cancelCallAction, publishCallAction, setCallResultsPublicAction } from "@/lib/calls/actions";
import { CallFacts } from "@/components/admin-calls/call-facts";
import { CallTexts } from "@/components/admin-calls/call-texts";
import { CancelCallForm, PublishCallForm, ResultsSwitchForm } from "@/components/admin-calls/call-state-forms";
import { EligibilityRulesList } from "@/components/calls/eligibility-rules-list";
import { ScoringGridTable } from "@/components/calls/scoring-grid-table";
import { RecordHistory } from "@/components/admin/record-history";

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function AdminCallPage({ params }: Props) {
  const user = await requireUser("records.read");
  const { locale: raw, id } = await params;
  const locale = raw as AppLocale;
  const call = await getAdminCall(user, Number(id), locale);
  if (!call) notFound(); // missing, or in a prefecture the user may not see: the same answer
  const [history, t] = await Promise.all([getRecordHistory(user, "CallForProjects", call.id), getTranslations("Calls")]);
  const writer = can(user.role, "records.write");
  const criteria = call.criteria.map((c) => ({ label: localized(locale, c.labelAr, c.labelFr), weight: c.weight }));
  return (
    <div className="space-y-8">
      <nav className="text-sm"><Link href="/admin/calls" className="text-brand-700 underline">{t("admin.backToList")}</Link></nav>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-800">{localized(locale, call.titleAr, call.titleFr)}</h1>
        <div className="flex flex-wrap gap-3">
          {writer && call.status !== "CANCELLED" && (
            <Link href={`/admin/calls/${call.id}/edit`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("admin.detail.edit")}</Link>
          )}
          {call.status === "PUBLISHED" && (
            <Link href={`/calls/${call.slug}`} className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">{t("admin.detail.publicLink")}</Link>
          )}
          <Link href={{ pathname: "/admin/applications", query: { call: call.id } }} className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">{t("admin.detail.applicationsLink")}</Link>
        </div>
        {call.status === "DRAFT" && <p className="rounded-md bg-ochre-100 px-3 py-2">{t("admin.detail.notPublished")}</p>}
        {call.status === "CANCELLED" && <p className="rounded-md bg-red-50 px-3 py-2 text-red-900">{t("admin.detail.cancelledNote")}</p>}
        {call.applications > 0 && call.status !== "CANCELLED" && <p className="rounded-md bg-slate-100 px-3 py-2">{t("admin.locks.byApplications")}</p>}
      </header>
      {writer && call.status === "DRAFT" && <PublishCallForm action={publishCallAction.bind(null, call.id)} version={call.version} />}
      <CallFacts call={call} locale={locale} />
      <CallTexts call={call} />
      <section aria-labelledby="call-rules" className="space-y-2 rounded-md border border-slate-200 bg-white p-4">
        <h2 id="call-rules" className="text-xl font-bold text-brand-800">{t("admin.detail.rulesTitle")}</h2>
        <EligibilityRulesList axes={call.axes} locale={locale} />
      </section>
      <section aria-labelledby="call-grid" className="space-y-2 rounded-md border border-slate-200 bg-white p-4">
        <h2 id="call-grid" className="text-xl font-bold text-brand-800">{t("page.grid")}</h2>
        <ScoringGridTable criteria={criteria} locale={locale} />
      </section>
      {writer && call.status === "PUBLISHED" && <ResultsSwitchForm action={setCallResultsPublicAction.bind(null, call.id)} version={call.version} resultsPublic={call.resultsPublic} />}
      <RecordHistory history={history} />
      {writer && call.status !== "CANCELLED" && <CancelCallForm action={cancelCallAction.bind(null, call.id)} version={call.version} />}
    </div>
  );
}
