// What a write reads back of an event: the form values on a conflict and the audit snapshots both come
// from this one shape, so the trail shows the same fields the form edits.
import type { StoredEvent } from "@/lib/events/types";

export const storedEventSelect = {
  id: true,
  prefectureId: true,
  slug: true,
  kind: true,
  status: true,
  titleAr: true,
  titleFr: true,
  occasionAr: true,
  occasionFr: true,
  startsAt: true,
  venueAr: true,
  venueFr: true,
  communeId: true,
  placeId: true,
  organiserId: true,
  attendance: true,
  attendanceNoteAr: true,
  attendanceNoteFr: true,
  summaryAr: true,
  summaryFr: true,
  bodyAr: true,
  bodyFr: true,
  sourceNameAr: true,
  sourceNameFr: true,
  publishedAt: true,
  version: true,
  partners: { orderBy: { position: "asc" }, select: { organisationId: true } },
  presentations: {
    orderBy: { position: "asc" },
    select: {
      position: true,
      titleAr: true,
      titleFr: true,
      presenterRoleAr: true,
      presenterRoleFr: true,
      organisationId: true,
      summaryAr: true,
      summaryFr: true,
      reportedPeriodStartYear: true,
      reportedPeriodEndYear: true,
      reportedCooperativesFunded: true,
      reportedUrbanCooperatives: true,
      reportedRuralCooperatives: true,
      reportedTotalEnvelopeCentimes: true,
      reportedIndhContributionCentimes: true,
    },
  },
} as const;

/** The audit before/after: the event's fields, partner ids in order, presentations in order. */
export function auditSnapshot(event: StoredEvent): Record<string, unknown> {
  return { ...event, partners: event.partners.map((p) => p.organisationId) };
}
