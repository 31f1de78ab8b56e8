import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format/dates";
import { formatAmountInput, formatMoney } from "@/lib/format/money";
import { getSessionDetail, listPartnerOrganisations } from "@/lib/committee/queries";
import { decideAgendaItemAction, undoAgendaDecisionAction } from "@/lib/committee/actions";
import { DecisionForm } from "@/components/committee/decision-form";
import { ButtonForm } from "@/components/committee/button-form";
import { CommitteeBadge } from "@/components/committee/status-badge";

type Props = { params: Promise<{ id: string; itemId: string }> };

export async function generateMetadata() {
  const t = await getTranslations("Committee");
  return { title: t("decide.title") };
}

/** One agenda item: the application's figures, and the committee's decision (recorded here or shown). */
export default async function CommitteeAgendaItemPage({ params }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const { id, itemId } = await params;
  const session = await getSessionDetail(user, Number(id), locale);
  const item = session?.agenda.find((i) => i.id === Number(itemId));
  if (!session || !item) notFound();
  const t = await getTranslations("Committee");
  const writable = can(user.role, "records.write") && session.status === "PLANNED";
  const partners = item.partnersCentimes > 0n
    ? { amountLabel: formatMoney(item.partnersCentimes, locale), description: item.partnersDescription, organisations: await listPartnerOrganisations(session.prefectureId, locale) }
    : null;
  const reduction = item.approvedAmountCentimes !== null ? item.requestedCentimes - item.approvedAmountCentimes : 0n;
  return (
    <div className="space-y-6">
      <nav className="text-sm"><Link href={`/admin/committee/${session.id}`} className="text-brand-700 underline">{t("item.back")}</Link></nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("item.title", { rank: item.rank })}</h1>
        <p className="text-xl font-semibold">{item.applicantName}</p>
        <p className="break-words">{item.projectTitle}</p>
      </header>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("item.receipt")}</dt><dd><span dir="ltr">{item.receiptCode}</span></dd>
        <dt className="font-semibold">{t("agenda.call")}</dt><dd>{item.callReference} — {item.callTitle}</dd>
        <dt className="font-semibold">{t("agenda.commune")}</dt><dd>{item.commune}</dd>
        <dt className="font-semibold">{t("agenda.score")}</dt><dd>{item.scoreAtAgenda === null ? t("agenda.unscored") : t("agenda.scoreValue", { score: item.scoreAtAgenda })}</dd>
        <dt className="font-semibold">{t("item.totalCost")}</dt><dd>{formatMoney(item.totalCostCentimes, locale)}</dd>
        <dt className="font-semibold">{t("agenda.requested")}</dt><dd>{formatMoney(item.requestedCentimes, locale)}</dd>
        {item.partnersCentimes > 0n && <><dt className="font-semibold">{t("item.partners")}</dt><dd>{formatMoney(item.partnersCentimes, locale)}</dd></>}
      </dl>
      <section aria-labelledby="decision" className="space-y-3">
        <h2 id="decision" className="text-xl font-bold text-brand-800">{t("decide.title")}</h2>
        {item.decision === null ? (
          writable ? (
            <DecisionForm
              action={decideAgendaItemAction.bind(null, session.id, item.id)}
              requestedLabel={formatMoney(item.requestedCentimes, locale)}
              defaultAmount={formatAmountInput(item.requestedCentimes)}
              partners={partners}
            />
          ) : <CommitteeBadge kind="decision" value={null} />
        ) : (
          <div className="space-y-3" data-testid="decision">
            <CommitteeBadge kind="decision" value={item.decision} />
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
              {item.approvedAmountCentimes !== null && <><dt className="font-semibold">{t("agenda.amount")}</dt><dd>{formatMoney(item.approvedAmountCentimes, locale)}</dd></>}
              {item.reason && <><dt className="font-semibold">{t("agenda.reason")}</dt><dd className="whitespace-pre-line">{item.reason}</dd></>}
              {item.decidedAt && <><dt className="font-semibold">{t("item.decidedAt")}</dt><dd>{formatDateTime(item.decidedAt, locale)}</dd></>}
            </dl>
            {reduction > 0n && (
              <p>{t("decide.reduction", { amount: formatMoney(reduction, locale), total: formatMoney(item.totalCostCentimes - reduction, locale) })}</p>
            )}
            {item.grantId !== null && (
              <>
                <p>{t("decide.grantCreated")}</p>
                <Link href={`/admin/grants/${item.grantId}`} className="inline-block text-brand-700 underline">{t("decide.viewGrant")}</Link>
              </>
            )}
            {writable && (item.decision === "APPROVED" && item.grantId !== null
              ? <p className="rounded-md bg-ochre-100 p-3">{t("decide.approvalFinal")}</p>
              : <ButtonForm action={undoAgendaDecisionAction.bind(null, session.id, item.id)} label={t("decide.undo")} pendingLabel={t("decide.undoing")} variant="danger" />)}
          </div>
        )}
      </section>
    </div>
  );
}
