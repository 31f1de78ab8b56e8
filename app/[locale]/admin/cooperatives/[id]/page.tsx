import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { intFilter } from "@/lib/lists/list-params";
import { getRecordHistory } from "@/lib/audit/queries";
import { getCooperative } from "@/lib/cooperatives/queries";
import { deleteCooperativeAction } from "@/lib/cooperatives/actions";
import { CooperativeDetails } from "@/components/cooperatives/cooperative-details";
import { CooperativeGrants } from "@/components/cooperatives/cooperative-grants";
import { DemoBadge } from "@/components/cooperatives/demo-badge";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";
import { RecordHistory } from "@/components/admin/record-history";
import { setCooperativePublicAction } from "@/lib/cooperatives/publication-actions";
import { CooperativePublication } from "@/components/cooperatives/cooperative-publication";

type Props = { params: Promise<{ locale: string; id: string }> };

// A missing record, a malformed id and another prefecture's record all look the same: not found.
async function load(params: Props["params"]) {
  const user = await requireUser("records.read");
  const id = intFilter((await params).id);
  if (!id) notFound();
  const locale = (await getLocale()) as AppLocale;
  const cooperative = await getCooperative(user, id, locale);
  if (!cooperative) notFound();
  return { user, id, locale, cooperative, name: localized(locale, cooperative.nameAr, cooperative.nameFr) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).name };
}

export default async function CooperativePage({ params }: Props) {
  const { user, id, locale, cooperative, name } = await load(params);
  const [t, history] = await Promise.all([getTranslations("Cooperatives"), getRecordHistory(user, "Cooperative", id)]);
  const canWrite = can(user.role, "records.write");
  return (
    <div className="space-y-8">
      <nav aria-label={t("breadcrumb")} className="no-print text-sm">
        <Link href="/admin/cooperatives" className="text-brand-700 underline">{t("backToList")}</Link>
      </nav>
      <header className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-800">
          {name}
          {cooperative.isDemo && <DemoBadge />}
        </h1>
        {canWrite && (
          <div className="flex flex-wrap gap-3">
            {/* The grant form opens with this cooperative already chosen. */}
            <Link href={`/admin/grants/new?cooperativeId=${id}`} className="rounded-md border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
              {t("addGrant")}
            </Link>
            <Link href={`/admin/cooperatives/${id}/edit`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              {t("edit")}
            </Link>
          </div>
        )}
      </header>
      <CooperativeDetails cooperative={cooperative} locale={locale} />
      <CooperativeGrants grants={cooperative.grants} locale={locale} />
      <CooperativePublication cooperativeId={id} isPublic={cooperative.isPublic} version={cooperative.version} action={canWrite ? setCooperativePublicAction.bind(null, id) : null} />
      {canWrite && <DeleteRecordForm action={deleteCooperativeAction.bind(null, id)} version={cooperative.version} />}
      <RecordHistory history={history} />
    </div>
  );
}
