import "server-only";
// The grant page's follow-up section, the visit pages and the visit form's choices.
import { getDb } from "@/lib/db";
import { prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { formatCalendarDate } from "@/lib/format/dates";
import { photoViewSelect, toPhotoView, type PhotoView } from "@/lib/photos/queries";
import { storedBaselineSelect, storedVisitSelect, visitFormValues, type StoredBaseline, type StoredVisit } from "@/lib/visits/snapshot";
import type { ProjectState } from "@/lib/visits/schema";

export type VisitListItem = StoredVisit & { photoCount: number; milestoneLabel: string | null };

export type GrantFollowUp = {
  baseline: StoredBaseline | null;
  visits: VisitListItem[];
};

/** The baseline and the visits of a grant of the user's prefecture, newest first. */
export async function getGrantFollowUp(user: SessionUser, grantId: number, locale: AppLocale): Promise<GrantFollowUp> {
  const db = getDb();
  const [baseline, visits] = await Promise.all([
    db.grantBaseline.findFirst({ where: { grantId, grant: prefectureScope(user) }, select: storedBaselineSelect }),
    db.visit.findMany({
      where: { grantId, ...prefectureScope(user) },
      select: { ...storedVisitSelect, _count: { select: { photos: true } } },
      orderBy: [{ visitedOn: "desc" }, { id: "desc" }],
    }),
  ]);
  return {
    baseline,
    visits: visits.map(({ _count, ...v }) => ({ ...v, photoCount: _count.photos, milestoneLabel: v.milestone ? localized(locale, v.milestone.labelAr, v.milestone.labelFr) : null })),
  };
}

export type VisitGrant = {
  id: number; title: string; cooperative: string; approvedOn: Date;
  /** Milestones of the signed convention not reached yet, as choices ("2. Réception — 30 juin 2025"). */
  openMilestones: { value: number; label: string }[];
  conventionSigned: boolean;
  baseline: StoredBaseline | null;
};

/** The grant a visit form is for, with the milestones a visit may record; null when not the user's. */
export async function getVisitGrant(user: SessionUser, grantId: number, locale: AppLocale, keepMilestoneId: number | null = null): Promise<VisitGrant | null> {
  const g = await getDb().grant.findFirst({
    where: { id: grantId, ...prefectureScope(user) },
    select: {
      id: true, titleAr: true, titleFr: true, approvedOn: true,
      cooperative: { select: { nameAr: true, nameFr: true } },
      baseline: { select: storedBaselineSelect },
      convention: { select: { signedOn: true, milestones: { select: { id: true, position: true, labelAr: true, labelFr: true, dueOn: true, reachedOn: true }, orderBy: { position: "asc" } } } },
    },
  });
  if (!g) return null;
  const signed = Boolean(g.convention?.signedOn);
  const milestones = signed ? (g.convention?.milestones ?? []).filter((m) => !m.reachedOn || m.id === keepMilestoneId) : [];
  return {
    id: g.id, title: localized(locale, g.titleAr, g.titleFr), cooperative: localized(locale, g.cooperative.nameAr, g.cooperative.nameFr), approvedOn: g.approvedOn,
    openMilestones: milestones.map((m) => ({ value: m.id, label: `${m.position}. ${localized(locale, m.labelAr, m.labelFr)} — ${formatCalendarDate(m.dueOn, locale)}` })),
    conventionSigned: signed,
    baseline: g.baseline,
  };
}

export type VisitDetail = StoredVisit & {
  projectState: ProjectState;
  recordedBy: string;
  milestoneLabel: string | null;
  photos: PhotoView[];
  grant: VisitGrant;
  formValues: Record<string, string>;
};

export async function getVisitDetail(user: SessionUser, visitId: number, locale: AppLocale): Promise<VisitDetail | null> {
  const v = await getDb().visit.findFirst({
    where: { id: visitId, ...prefectureScope(user) },
    select: {
      ...storedVisitSelect,
      recordedBy: { select: { name: true } },
      photos: { select: photoViewSelect, orderBy: { id: "asc" } },
    },
  });
  if (!v) return null;
  const grant = await getVisitGrant(user, v.grantId, locale, v.milestoneId);
  if (!grant) return null;
  const { recordedBy, photos, ...stored } = v;
  return {
    ...stored,
    projectState: stored.projectState as ProjectState,
    recordedBy: recordedBy.name,
    milestoneLabel: stored.milestone ? `${stored.milestone.position}. ${localized(locale, stored.milestone.labelAr, stored.milestone.labelFr)}` : null,
    photos: photos.map((p) => toPhotoView(p, locale)),
    grant,
    formValues: visitFormValues(stored),
  };
}

