import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { intFilter } from "@/lib/lists/list-params";
import { formatCalendarDate } from "@/lib/format/dates";
import { getRecordHistory } from "@/lib/audit/queries";
import { getConventionView } from "@/lib/conventions/queries";
import { recordMilestoneReachedAction, signConventionAction } from "@/lib/conventions/actions";
import { payGrantTrancheAction } from "@/lib/grants/actions";
import { ConventionParties } from "@/components/conventions/convention-parties";
import { ConventionFunding } from "@/components/conventions/convention-funding";
import { ConventionMilestones } from "@/components/conventions/convention-milestones";
import { ConventionTexts } from "@/components/conventions/convention-texts";
import { InlineDateForm } from "@/components/conventions/inline-date-form";
import { RecordHistory } from "@/components/admin/record-history";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Conventions");
  return { title: t("title") };
}

const sectionTitle = "text-xl font-bold text-brand-800";

export default async function ConventionPage({ params }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const id = intFilter((await params).id);
  // Another prefecture's grant, a missing one and a grant without convention all look the same: not found.
  const convention = id ? await getConventionView(user, id, locale) : null;
  if (!id || !convention) notFound();
  const [t, a, history] = await Promise.all([getTranslations("Conventions.page"), getTranslations("Conventions.actions"), getRecordHistory(user, "Convention", convention.id)]);
  const canWrite = can(user.role, "records.write");
  const grant = convention.grant;
  return (
    <div className="space-y-8" data-convention-id={convention.id}>
      <Link href={`/admin/grants/${id}`} className="text-brand-700 underline">{t("back")}</Link>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-800">{t("title", { reference: convention.reference })}</h1>
        <p className="text-lg font-semibold">{grant.title}</p>
        <p className="flex flex-wrap gap-3">
          {canWrite && !convention.signedOn && (
            <Link href={`/admin/grants/${id}/convention/edit`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("edit")}</Link>
          )}
          <Link href={`/admin/grants/${id}/convention/print`} className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800">{t("print")}</Link>
        </p>
        <p className="text-slate-700" data-testid="convention-state">{convention.signedOn ? t("locked") : t("draftHelp")}</p>
        {!canWrite && <p className="text-sm text-slate-700">{t("readOnly")}</p>}
      </header>
      <section aria-labelledby="convention-parties" className="space-y-3">
        <h2 id="convention-parties" className={sectionTitle}>{t("parties")}</h2>
        <ConventionParties grant={grant} />
      </section>
      <section aria-labelledby="convention-funding" className="space-y-3">
        <h2 id="convention-funding" className={sectionTitle}>{t("funding")}</h2>
        <ConventionFunding grant={grant} locale={locale} />
      </section>
      <ConventionTexts convention={convention} headingClass={sectionTitle} />
      <section aria-labelledby="convention-milestones" className="space-y-3">
        <h2 id="convention-milestones" className={sectionTitle}>{t("milestones")}</h2>
        <ConventionMilestones
          convention={convention}
          locale={locale}
          actions={canWrite ? { reached: recordMilestoneReachedAction.bind(null, id), pay: payGrantTrancheAction.bind(null, id) } : null}
        />
      </section>
      <section aria-labelledby="convention-signature" className="space-y-3">
        <h2 id="convention-signature" className={sectionTitle}>{t("signature")}</h2>
        <p data-testid="convention-signature">{convention.signedOn ? t("signedOn", { date: formatCalendarDate(convention.signedOn, locale) }) : t("unsigned")}</p>
        {canWrite && !convention.signedOn && (
          <InlineDateForm
            action={signConventionAction.bind(null, id)}
            dateName="signedOn"
            idPrefix="sign"
            label={a("signedOn")}
            submitLabel={a("sign")}
            pendingLabel={a("signing")}
            hidden={{ version: convention.version }}
          />
        )}
      </section>
      <RecordHistory history={history} />
    </div>
  );
}
