import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { getRecordHistory } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/format/dates";
import { formatMoney } from "@/lib/format/money";
import { getSessionDetail, listAgendaCalls, listCandidates } from "@/lib/committee/queries";
import { addAgendaItemsAction, addEligibleOfCallAction, markSessionHeldAction, publishCallResultsAction, rerankAgendaAction } from "@/lib/committee/actions";
import { SessionFacts } from "@/components/committee/session-facts";
import { AgendaList } from "@/components/committee/agenda-list";
import { AddItemsForm } from "@/components/committee/add-items-form";
import { AddCallForm } from "@/components/committee/add-call-form";
import { ButtonForm } from "@/components/committee/button-form";
import { CommitteeBadge } from "@/components/committee/status-badge";
import { RecordHistory } from "@/components/admin/record-history";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getTranslations("Committee");
  return { title: t("title") };
}

const sectionClass = "space-y-3 rounded-md border border-slate-300 bg-white p-4";

export default async function CommitteeSessionPage({ params }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const session = await getSessionDetail(user, Number((await params).id), locale);
  if (!session) notFound(); // missing, or another prefecture's: the same answer
  const [t, calls, history] = await Promise.all([getTranslations("Committee"), listAgendaCalls(session.id, locale), getRecordHistory(user, "CommitteeSession", session.id)]);
  const planned = session.status === "PLANNED";
  const writer = can(user.role, "records.write");
  const candidates = planned && writer ? await listCandidates(session.prefectureId, locale) : [];
  const candidateCalls = [...new Map(candidates.map((c) => [c.callId, { id: c.callId, label: `${c.callReference} — ${c.callTitle}` }])).values()];
  return (
    <div className="space-y-8">
      <nav className="text-sm"><Link href="/admin/committee" className="text-brand-700 underline">{t("session.back")}</Link></nav>
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold text-brand-800">{t("sessionTitle", { date: formatDateTime(session.heldOn, locale) })}</h1>
          <CommitteeBadge kind="status" value={session.status} />
        </div>
        <div className="flex flex-wrap gap-3">
          {writer && <Link href={`/admin/committee/${session.id}/edit`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("session.edit")}</Link>}
          <Link href={`/admin/committee/${session.id}/minutes`} className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">{t("session.minutes")}</Link>
        </div>
        {!planned && <p className="rounded-md bg-brand-50 p-3 font-semibold text-brand-800">{t("session.heldNotice")}</p>}
      </header>
      <SessionFacts session={session} />
      <section aria-labelledby="agenda" className="space-y-3">
        <h2 id="agenda" className="text-xl font-bold text-brand-800">{t("agenda.title")}</h2>
        <p className="text-sm text-slate-700">{t("agenda.lead")}</p>
        {session.agenda.length > 0 ? <AgendaList rows={session.agenda} sessionId={session.id} /> : <p className="rounded-md border border-dashed border-slate-300 bg-white p-4">{t("agenda.empty")}</p>}
        {planned && writer && session.agenda.length > 0 && (
          <div className="space-y-1">
            <ButtonForm action={rerankAgendaAction.bind(null, session.id)} label={t("agenda.rerank")} pendingLabel={t("agenda.reranking")} />
            <p className="text-sm text-slate-600">{t("agenda.rerankHint")}</p>
          </div>
        )}
      </section>
      {planned && writer && (
        <section aria-labelledby="add" className={sectionClass}>
          <h2 id="add" className="text-xl font-bold text-brand-800">{t("add.title")}</h2>
          <p className="text-sm text-slate-700">{t("add.lead")}</p>
          {candidates.length === 0 ? <p>{t("add.none")}</p> : (
            <>
              <AddItemsForm
                action={addAgendaItemsAction.bind(null, session.id)}
                candidates={candidates.map((c) => ({
                  applicationId: c.applicationId, label: `${c.applicantName} — ${c.projectTitle}`,
                  details: `${c.receiptCode} · ${c.commune} · ${c.callReference} · ${formatMoney(c.requestedCentimes, locale)}`,
                  score: `${t("agenda.score")}: ${c.score === null ? t("agenda.unscored") : t("agenda.scoreValue", { score: c.score })}`,
                  deferred: c.status === "DEFERRED",
                }))}
              />
              <h3 className="pt-2 font-bold text-brand-800">{t("add.allOfCall")}</h3>
              <AddCallForm action={addEligibleOfCallAction.bind(null, session.id)} calls={candidateCalls} />
            </>
          )}
        </section>
      )}
      {planned && writer && session.agenda.length > 0 && (
        <section aria-labelledby="held" className={sectionClass}>
          <h2 id="held" className="text-xl font-bold text-brand-800">{t("held.title")}</h2>
          <p className="text-sm text-slate-700">{t("held.lead")}</p>
          <ButtonForm action={markSessionHeldAction.bind(null, session.id)} label={t("held.submit")} pendingLabel={t("held.submitting")} fields={{ version: session.version }} />
        </section>
      )}
      {calls.length > 0 && (
        <section aria-labelledby="results" className={sectionClass}>
          <h2 id="results" className="text-xl font-bold text-brand-800">{t("results.title")}</h2>
          <p className="text-sm text-slate-700">{t("results.lead")}</p>
          <ul className="space-y-3">
            {calls.map((c) => (
              <li key={c.id} className="space-y-1" data-testid={`results-${c.id}`}>
                <p className="font-semibold">{c.reference} — {c.title}</p>
                {c.resultsPublic ? <p className="text-brand-800">{t("results.public")}</p>
                  : c.undecided > 0 ? <p>{t("results.undecided", { count: c.undecided })}</p>
                    : writer && <ButtonForm action={publishCallResultsAction.bind(null, session.id)} label={`${t("results.publish")} — ${c.reference}`} pendingLabel={t("results.publishing")} fields={{ callId: c.id }} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      <RecordHistory history={history} />
    </div>
  );
}
