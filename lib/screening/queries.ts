import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { foldForSearch } from "@/lib/search/fold";
import { intFilter, PAGE_SIZE, type ListParams } from "@/lib/lists/list-params";
import { averageScore } from "@/lib/reviews/score";
import { parseEligibilityResults } from "@/lib/screening/rules";
import { liveEligibility, SCREENABLE_STATUSES, screeningSelect, type ScreenedApplication } from "@/lib/screening/stored-application";
import { APPLICATION_CHANNELS, APPLICATION_STATUSES, type ApplicationDetail, type ApplicationListRow, type Option } from "@/lib/screening/types";

export const APPLICATION_SORTS = ["submittedAt", "receiptCode", "requestedIndh", "status"] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];
export const APPLICATION_FILTERS = ["call", "status", "channel", "commune"] as const;

export function listWhere(user: SessionUser, params: ListParams<ApplicationSort>): Prisma.ApplicationWhereInput {
  const f = params.filters;
  const q = foldForSearch(params.q);
  return {
    ...prefectureScope(user),
    // The receipt code and register number are also matched as typed: an application recorded before its
    // searchText was filled is still found by the code printed on its receipt.
    ...(q ? { OR: [{ searchText: { contains: q } }, { receiptCode: { contains: params.q.toUpperCase() } }, { applicantRegisterNumber: { contains: params.q } }] } : {}),
    callId: intFilter(f.call),
    applicantCommuneId: intFilter(f.commune),
    status: (APPLICATION_STATUSES as readonly string[]).includes(f.status ?? "") ? f.status : undefined,
    channel: (APPLICATION_CHANNELS as readonly string[]).includes(f.channel ?? "") ? f.channel : undefined,
  };
}

function listOrder(params: ListParams<ApplicationSort>): Prisma.ApplicationOrderByWithRelationInput[] {
  const by: Record<ApplicationSort, Prisma.ApplicationOrderByWithRelationInput> = {
    submittedAt: { submittedAt: params.dir },
    receiptCode: { receiptCode: params.dir },
    requestedIndh: { requestedIndhCentimes: params.dir },
    status: { status: params.dir },
  };
  return [by[params.sort], { id: "desc" }];
}

export async function listApplications(user: SessionUser, params: ListParams<ApplicationSort>, locale: AppLocale): Promise<{ rows: ApplicationListRow[]; total: number; anyInScope: boolean }> {
  const db = getDb();
  const where = listWhere(user, params);
  const [rows, total, any] = await Promise.all([
    db.application.findMany({
      where,
      orderBy: listOrder(params),
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, receiptCode: true, applicantNameAr: true, applicantNameFr: true, applicantRegisterNumber: true, channel: true,
        requestedIndhCentimes: true, submittedAt: true, status: true,
        call: { select: { titleAr: true, titleFr: true } },
        reviews: { where: { hasConflict: false, totalScore: { not: null } }, select: { totalScore: true } },
      },
    }),
    db.application.count({ where }),
    db.application.count({ where: prefectureScope(user), take: 1 }),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id, receiptCode: r.receiptCode, registerNumber: r.applicantRegisterNumber, channel: r.channel,
      cooperativeName: localized(locale, r.applicantNameAr, r.applicantNameFr), callTitle: localized(locale, r.call.titleAr, r.call.titleFr),
      requestedIndhCentimes: r.requestedIndhCentimes, submittedAt: r.submittedAt, status: r.status,
      averageScore: averageScore(r.reviews.map((v) => v.totalScore)),
    })),
    total,
    anyInScope: any > 0,
  };
}

/** The list's choices: the calls and communes of the user's scope. */
export async function getApplicationListOptions(user: SessionUser, locale: AppLocale): Promise<{ calls: Option[]; communes: Option[] }> {
  const db = getDb();
  const [calls, communes] = await Promise.all([
    db.callForProjects.findMany({ where: prefectureScope(user), orderBy: [{ opensAt: "desc" }, { id: "desc" }], select: { id: true, reference: true, titleAr: true, titleFr: true } }),
    db.commune.findMany({ where: prefectureScope(user), select: { id: true, nameAr: true, nameFr: true } }),
  ]);
  return {
    calls: calls.map((c) => ({ value: c.id, label: `${c.reference} — ${localized(locale, c.titleAr, c.titleFr)}` })),
    communes: communes.map((c) => ({ value: c.id, label: localized(locale, c.nameAr, c.nameFr) })).sort((a, b) => a.label.localeCompare(b.label, locale)),
  };
}

/** Everything submitted, the screening and the committee's decision; null outside the user's prefecture. */
export async function getApplicationDetail(user: SessionUser, id: number, locale: AppLocale): Promise<ApplicationDetail | null> {
  const a = await getDb().application.findFirst({
    where: { id, ...prefectureScope(user) },
    select: {
      ...screeningSelect,
      channel: true, language: true, submittedAt: true, eligibilityResults: true, cooperativeId: true, personalDataErasedAt: true,
      contactName: true, contactPhone: true, contactEmail: true, projectTitle: true, projectDescription: true,
      beneficiaryContributionCentimes: true, partnersContributionCentimes: true, partnersDescription: true,
      call: { select: { ...screeningSelect.call.select, id: true, reference: true, titleAr: true, titleFr: true } },
      axis: { select: { ...screeningSelect.axis.select, nameAr: true, nameFr: true } },
      applicantCommune: { select: { nameAr: true, nameFr: true } },
      applicantSector: { select: { nameAr: true, nameFr: true } },
      screenedBy: { select: { name: true } },
      documents: {
        orderBy: { id: "asc" },
        select: { id: true, requiredDocumentId: true, requiredDocument: { select: { labelAr: true, labelFr: true } }, file: { select: { fileName: true, mediaType: true, sizeBytes: true } } },
      },
      agendaItems: { select: { rank: true, scoreAtAgenda: true, decision: true, approvedAmountCentimes: true, reason: true, session: { select: { heldOn: true } } } },
    },
  });
  if (!a) return null;
  const name = (r: { nameAr: string; nameFr: string }) => localized(locale, r.nameAr, r.nameFr);
  const stored = parseEligibilityResults(a.eligibilityResults);
  const checks = new Map(a.documentChecks.map((c) => [c.requiredDocumentId, c]));
  const attached = new Set(a.documents.map((d) => d.requiredDocumentId));
  return {
    id: a.id, version: a.version, receiptCode: a.receiptCode, channel: a.channel, language: a.language, status: a.status, submittedAt: a.submittedAt,
    personalDataErasedAt: a.personalDataErasedAt,
    call: { id: a.call.id, reference: a.call.reference, title: localized(locale, a.call.titleAr, a.call.titleFr) },
    axisName: a.axis ? name(a.axis) : null,
    applicant: {
      registerNumber: a.applicantRegisterNumber, nameAr: a.applicantNameAr, nameFr: a.applicantNameFr, commune: name(a.applicantCommune), sector: name(a.applicantSector),
      cooperativeId: a.cooperativeId, members: a.members, womenMembers: a.womenMembers, youngMembers: a.youngMembers,
      contactName: a.contactName, contactPhone: a.contactPhone, contactEmail: a.contactEmail,
    },
    project: { title: a.projectTitle, description: a.projectDescription },
    money: {
      totalCostCentimes: a.totalCostCentimes, requestedIndhCentimes: a.requestedIndhCentimes, beneficiaryContributionCentimes: a.beneficiaryContributionCentimes,
      partnersContributionCentimes: a.partnersContributionCentimes, partnersDescription: a.partnersDescription,
    },
    documents: a.documents.map((d) => ({
      id: d.id, requiredDocumentId: d.requiredDocumentId, label: d.requiredDocument ? name({ nameAr: d.requiredDocument.labelAr, nameFr: d.requiredDocument.labelFr }) : null,
      fileName: d.file.fileName, mediaType: d.file.mediaType, sizeBytes: d.file.sizeBytes,
    })),
    screening: {
      // Once screened, the rules as they stood then; before, the rules as they read now.
      rules: stored.length > 0 ? stored : liveEligibility(a as unknown as ScreenedApplication),
      rulesAreStored: stored.length > 0,
      reason: a.screeningReason, screenedAt: a.screenedAt, screenedBy: a.screenedBy?.name ?? null,
      checklist: a.call.requiredDocuments.map((d) => ({
        documentId: d.id, position: d.position, label: localized(locale, d.labelAr, d.labelFr), attached: attached.has(d.id),
        isValid: checks.get(d.id)?.isValid ?? null, note: checks.get(d.id)?.note ?? null,
      })),
      open: a._count.agendaItems === 0 && SCREENABLE_STATUSES.includes(a.status),
    },
    committee: a.agendaItems.map((i) => ({ heldOn: i.session.heldOn, decision: i.decision, approvedAmountCentimes: i.approvedAmountCentimes, reason: i.reason, rank: i.rank, scoreAtAgenda: i.scoreAtAgenda })),
  };
}

/**
 * One attached file with its content, for the download route: only through an application of the user's
 * prefecture, and only a file of that application (a guessed document id of another one is not found).
 */
export async function getApplicationDocumentFile(user: SessionUser, applicationId: number, documentId: number) {
  const document = await getDb().applicationDocument.findFirst({
    where: { id: documentId, applicationId, application: prefectureScope(user) },
    select: { requiredDocument: { select: { position: true } }, application: { select: { receiptCode: true } }, file: { select: { fileName: true, mediaType: true, content: true } } },
  });
  if (!document) return null;
  return { receiptCode: document.application.receiptCode, position: document.requiredDocument?.position ?? null, ...document.file };
}
