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
