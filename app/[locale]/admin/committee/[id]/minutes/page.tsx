import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format/dates";
import { formatMoney } from "@/lib/format/money";
import { getSessionDetail } from "@/lib/committee/queries";
import { minutesTotals } from "@/lib/committee/minutes";
import { PrintButton } from "@/components/dashboard/print-button";
import { PrintLetterhead } from "@/components/dashboard/print-letterhead";
import { PrintPageStyle } from "@/components/dashboard/print-page-style";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getTranslations("Committee.minutes");
  return { title: t("pageTitle") };
}

const cell = "border border-slate-400 px-2 py-1 text-start align-top";

/**
 * The session's minutes (procès-verbal) in the page's language (/ar/... or /fr/...), on A4 under the
 * official letterhead: who met where and when, the ranked agenda with each decision, the totals, and the
 * signature block.
 */
export default async function CommitteeMinutesPage({ params }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const session = await getSessionDetail(user, Number((await params).id), locale);
  if (!session) notFound();
  const [t, d, h] = await Promise.all([getTranslations("Committee"), getTranslations("Committee.decision"), getTranslations("PrintHeader")]);
  const totals = minutesTotals(session.agenda);
  const chair = localized(locale, session.chairAr, session.chairFr);
  const notes = localized(locale, session.notesAr, session.notesFr);
  return (
    <article className="space-y-6" data-testid="minutes">
      <PrintPageStyle pageLabel={h("page", { page: "PAGE", pages: "PAGES" })} />
      <PrintLetterhead prefecture={session.prefecture} />
      <header className="space-y-2 text-center">
        <h1 className="text-2xl font-bold text-brand-800">{t("minutes.title")}</h1>
        {session.status !== "HELD" && <p className="font-semibold text-red-800">{t("minutes.draft")}</p>}
      </header>
      <p className="no-print flex flex-wrap gap-4">
        <PrintButton label={t("minutes.print")} />
        <Link href={`/admin/committee/${session.id}`} className="underline">{t("minutes.back")}</Link>
      </p>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("minutes.date")}</dt><dd>{formatDateTime(session.heldOn, locale)}</dd>
        <dt className="font-semibold">{t("minutes.place")}</dt><dd>{localized(locale, session.placeAr, session.placeFr)}</dd>
        <dt className="font-semibold">{t("minutes.chair")}</dt><dd>{chair}</dd>
      </dl>
      <section className="space-y-1">
        <h2 className="text-lg font-bold">{t("minutes.members")}</h2>
        <ol className="list-decimal ps-6">{session.membersPresent.split("\n").map((m, i) => <li key={i}>{m}</li>)}</ol>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-bold">{t("minutes.agenda")}</h2>
        <ScrollRegion label={t("minutes.agenda")}>
          <table className="w-full border-collapse text-sm" data-testid="minutes-agenda">
            <thead>
              <tr className="bg-slate-100">
                {(["rank", "applicant", "commune", "score", "requested", "decision", "amount", "reason"] as const).map((k) => (
                  <th key={k} scope="col" className={cell}>{t(`agenda.${k}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {session.agenda.map((item) => (
                <tr key={item.id}>
                  <td className={cell}>{item.rank}</td>
                  <td className={cell}><span className="font-semibold">{item.applicantName}</span><br />{item.projectTitle}</td>
                  <td className={cell}>{item.commune}</td>
                  <td className={cell}>{item.scoreAtAgenda === null ? t("agenda.unscored") : t("agenda.scoreValue", { score: item.scoreAtAgenda })}</td>
                  <td className={`${cell} whitespace-nowrap`}>{formatMoney(item.requestedCentimes, locale)}</td>
                  <td className={cell}>{d((item.decision ?? "none") as "APPROVED")}</td>
                  <td className={`${cell} whitespace-nowrap`}>{item.approvedAmountCentimes === null ? "—" : formatMoney(item.approvedAmountCentimes, locale)}</td>
                  <td className={cell}>{item.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
      <section className="space-y-1" data-testid="minutes-totals">
        <h2 className="text-lg font-bold">{t("minutes.totals")}</h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("minutes.approvedCount")}</dt><dd>{totals.approved}</dd>
          <dt className="font-semibold">{t("minutes.deferredCount")}</dt><dd>{totals.deferred}</dd>
          <dt className="font-semibold">{t("minutes.rejectedCount")}</dt><dd>{totals.rejected}</dd>
          <dt className="font-semibold">{t("minutes.approvedTotal")}</dt><dd>{formatMoney(totals.approvedCentimes, locale)}</dd>
        </dl>
      </section>
      {notes && (
        <section className="space-y-1">
          <h2 className="text-lg font-bold">{t("minutes.notes")}</h2>
          <p className="whitespace-pre-line">{notes}</p>
        </section>
      )}
      <section className="break-inside-avoid space-y-2">
        <h2 className="text-lg font-bold">{t("minutes.signatures")}</h2>
        <div className="grid grid-cols-2 gap-6">
          <div className="h-32 border border-slate-400 p-2"><p className="font-semibold">{t("minutes.signChair")}</p><p>{chair}</p></div>
          <div className="h-32 border border-slate-400 p-2"><p className="font-semibold">{t("minutes.signSecretary")}</p></div>
        </div>
      </section>
    </article>
  );
}
