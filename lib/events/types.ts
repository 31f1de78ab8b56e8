import type { ReportedFigures } from "@/lib/reconciliation/compare";

export type OrganisationRef = { name: string; acronym: string | null };

export type PublicEventSummary = {
  slug: string;
  kind: string;
  title: string;
  summary: string;
  startsAt: Date;
  venue: string;
  communeName: string | null;
};

export type PublicPresentation = {
  position: number;
  title: string;
  presenterRole: string;
  organisation: OrganisationRef | null;
  summary: string;
  reported: ReportedFigures;
};

export type PublicEventDetail = PublicEventSummary & {
  id: number;
  /** Demonstration data: the page says so. */
  isDemo: boolean;
  prefectureId: number;
  prefectureName: string;
  occasion: string | null;
  body: string;
  attendance: number | null;
  attendanceNote: string | null;
  organiser: OrganisationRef;
  partners: OrganisationRef[];
  presentations: PublicPresentation[];
  sourceName: string | null;
  updatedAt: Date;
};

// ---------- Workspace (staff) ----------

/** An event as stored, with what the form edits: the source of form values and audit snapshots. */
export type StoredEvent = {
  id: number;
  prefectureId: number;
  slug: string;
  kind: string;
  status: string;
  titleAr: string;
  titleFr: string;
  occasionAr: string | null;
  occasionFr: string | null;
  startsAt: Date;
  venueAr: string;
  venueFr: string;
  communeId: number | null;
  placeId: number | null;
  organiserId: number;
  attendance: number | null;
  attendanceNoteAr: string | null;
  attendanceNoteFr: string | null;
  summaryAr: string;
  summaryFr: string;
  bodyAr: string;
  bodyFr: string;
  sourceNameAr: string | null;
  sourceNameFr: string | null;
  publishedAt: Date | null;
  version: number;
  partners: { organisationId: number }[];
  presentations: StoredPresentation[];
};

export type StoredPresentation = {
  position: number;
  titleAr: string;
  titleFr: string;
  presenterRoleAr: string;
  presenterRoleFr: string;
  organisationId: number | null;
  summaryAr: string;
  summaryFr: string;
  reportedPeriodStartYear: number | null;
  reportedPeriodEndYear: number | null;
  reportedCooperativesFunded: number | null;
  reportedUrbanCooperatives: number | null;
  reportedRuralCooperatives: number | null;
  reportedTotalEnvelopeCentimes: bigint | null;
  reportedIndhContributionCentimes: bigint | null;
};

export type AdminEventRow = {
  id: number;
  slug: string;
  kind: string;
  status: string;
  title: string;
  startsAt: Date;
  communeName: string | null;
  presentationCount: number;
};

export type NamedOption = { id: number; name: string };

export type EventFormOptions = {
  /** kind groups the partner list (Organisation.kind: PREFECTURE, STATE_SERVICE, ASSOCIATION...). */
  organisations: (NamedOption & { acronym: string | null; kind: string })[];
  communes: NamedOption[];
  places: (NamedOption & { communeId: number })[];
};
