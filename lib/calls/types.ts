import type { AxisThresholds } from "@/lib/calls/eligibility-rules";

export type Bilingual = { ar: string; fr: string };

/** A row of the workspace list. */
export type AdminCallRow = {
  id: number; reference: string; title: string; programme: string; opensAt: Date; closesAt: Date; status: string; applications: number;
};

/** The workspace detail page: both languages, as staff check both. */
export type AdminCallDetail = {
  id: number; slug: string; reference: string; prefectureName: string; programme: string; status: string;
  titleAr: string; titleFr: string; textAr: string; textFr: string; opensAt: Date; closesAt: Date;
  envelopeCentimes: bigint; publishedAt: Date | null; resultsPublic: boolean; version: number; applications: number;
  axes: (AxisThresholds & { id: number })[];
  documents: { position: number; labelAr: string; labelFr: string }[];
  criteria: { position: number; labelAr: string; labelFr: string; weight: number }[];
};

export type ProgrammeChoice = { id: number; label: string; axes: { id: number; name: string }[] };

/** A call as the public list and the home page show it. */
export type PublicCallSummary = { slug: string; title: string; programme: string; opensAt: Date; closesAt: Date; envelopeCentimes: bigint };

/** The public page of a call, in the page's language. */
export type PublicCallDetail = PublicCallSummary & {
  id: number; reference: string; text: string; prefectureName: string; resultsPublic: boolean; updatedAt: Date;
  axes: AxisThresholds[];
  documents: string[];
  criteria: { label: string; weight: number }[];
};
