import "server-only";
import { getDb } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export type ApprovedProject = { cooperative: string; commune: string; approvedAmountCentimes: bigint };
export type CallResults = { applicationsReceived: number; approved: ApprovedProject[] };

/**
 * The results section of a call's public page: null unless the call is published and its results were made
 * public. Approved projects are the committee's APPROVED agenda items with an amount, joined through their
 * application to this call; the cooperative is named as it applied, in the page's language.
 */
export async function getCallResults(callId: number, locale: AppLocale): Promise<CallResults | null> {
  const db = getDb();
  const call = await db.callForProjects.findFirst({ where: { id: callId, status: "PUBLISHED", resultsPublic: true }, select: { id: true } });
  if (!call) return null;
  const [applicationsReceived, items] = await Promise.all([
    // Withdrawn applications were received all the same; every row counts.
    db.application.count({ where: { callId } }),
    db.committeeAgendaItem.findMany({
      where: { decision: "APPROVED", approvedAmountCentimes: { not: null }, application: { callId } },
      orderBy: [{ approvedAmountCentimes: "desc" }, { id: "asc" }],
      select: {
        approvedAmountCentimes: true,
        application: { select: { applicantNameAr: true, applicantNameFr: true, applicantCommune: { select: { nameAr: true, nameFr: true } } } },
      },
    }),
  ]);
  return {
    applicationsReceived,
    approved: items.map((i) => ({
      cooperative: localized(locale, i.application.applicantNameAr, i.application.applicantNameFr),
      commune: localized(locale, i.application.applicantCommune.nameAr, i.application.applicantCommune.nameFr),
      approvedAmountCentimes: i.approvedAmountCentimes!,
    })),
  };
}
