import "server-only";
// Reads of the application form (the call, its choices) and of the applicant's own follow-up page.
import { getDb } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import { ACCESS_TOKEN_PATTERN, hashAccessToken } from "@/lib/applications/receipt";
import type { ApplicationFormCall, ApplicationFollowUp } from "@/lib/applications/types";

const callSelect = {
  id: true, slug: true, prefectureId: true, titleAr: true, titleFr: true, opensAt: true, closesAt: true,
  prefecture: { select: { nameAr: true, nameFr: true } },
  axes: { select: { axis: { select: { id: true, nameAr: true, nameFr: true } } }, orderBy: { axisId: "asc" as const } },
  requiredDocuments: { select: { id: true, labelAr: true, labelFr: true }, orderBy: { position: "asc" as const } },
};

async function formCall(where: { slug: string; status: string } | { id: number; prefectureId?: number }, locale: AppLocale): Promise<ApplicationFormCall | null> {
  const db = getDb();
  const call = await db.callForProjects.findFirst({ where, select: callSelect });
  if (!call) return null;
  const [communes, sectors] = await Promise.all([
    db.commune.findMany({ where: { prefectureId: call.prefectureId }, select: { id: true, nameAr: true, nameFr: true }, orderBy: { id: "asc" } }),
    db.sector.findMany({ select: { id: true, nameAr: true, nameFr: true }, orderBy: { id: "asc" } }),
  ]);
  const option = (row: { id: number; nameAr: string; nameFr: string }) => ({ value: row.id, label: localized(locale, row.nameAr, row.nameFr) });
  const now = Date.now();
  return {
    id: call.id, slug: call.slug, prefectureId: call.prefectureId,
    title: localized(locale, call.titleAr, call.titleFr),
    prefectureName: localized(locale, call.prefecture.nameAr, call.prefecture.nameFr),
    opensAt: call.opensAt, closesAt: call.closesAt,
    state: now < call.opensAt.getTime() ? "notYetOpen" : now > call.closesAt.getTime() ? "closed" : "open",
    axes: call.axes.map((a) => option(a.axis)),
    documents: call.requiredDocuments.map((d) => ({ id: d.id, label: localized(locale, d.labelAr, d.labelFr) })),
    communes: communes.map(option).sort((a, b) => a.label.localeCompare(b.label, locale)),
    sectors: sectors.map(option),
  };
}

/** The public form's call: published only (a draft or cancelled call is a 404). */
export function getPublishedCallForApplying(slug: string, locale: AppLocale): Promise<ApplicationFormCall | null> {
  return formCall({ slug, status: "PUBLISHED" }, locale);
}

/** The paper form's call: any call of the user's prefecture (a national user: any); else null (404). */
export function getCallForPaperApplication(user: SessionUser, callId: number, locale: AppLocale): Promise<ApplicationFormCall | null> {
  return formCall({ id: callId, ...prefectureScope(user) }, locale);
}

/**
 * What the holder of the private link may see: their own application's receipt, status and dates, never
 * the staff's notes, reasons or scores. An unknown or malformed token is null (the page answers 404).
 */
export async function getApplicationByToken(token: string, locale: AppLocale): Promise<ApplicationFollowUp | null> {
  if (!ACCESS_TOKEN_PATTERN.test(token)) return null;
  const row = await getDb().application.findUnique({
    where: { accessTokenHash: hashAccessToken(token) },
    select: {
      receiptCode: true, channel: true, status: true, submittedAt: true, screenedAt: true, decidedAt: true, personalDataErasedAt: true,
      applicantNameAr: true, applicantNameFr: true, projectTitle: true, requestedIndhCentimes: true,
      call: { select: { slug: true, titleAr: true, titleFr: true } },
      documents: { select: { file: { select: { fileName: true } } }, orderBy: { id: "asc" } },
      _count: { select: { reviews: { where: { submittedAt: { not: null } } } } },
    },
  });
  if (!row) return null;
  return {
    receiptCode: row.receiptCode, status: row.status, submittedAt: row.submittedAt, screenedAt: row.screenedAt, decidedAt: row.decidedAt,
    cooperativeName: localized(locale, row.applicantNameAr, row.applicantNameFr),
    projectTitle: row.projectTitle, requestedIndhCentimes: row.requestedIndhCentimes,
    callTitle: localized(locale, row.call.titleAr, row.call.titleFr), callSlug: row.call.slug,
    fileNames: row.documents.map((d) => d.file.fileName),
    personalDataErasedAt: row.personalDataErasedAt,
    reviewed: row._count.reviews > 0,
  };
}

/** The prefecture a call belongs to (the paper action checks the user may touch it), or null. */
export async function getCallPrefectureId(callId: number): Promise<number | null> {
  const call = await getDb().callForProjects.findUnique({ where: { id: callId }, select: { prefectureId: true } });
  return call?.prefectureId ?? null;
}
