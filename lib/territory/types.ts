export type CommuneSort = "code" | "nameAr" | "nameFr";

export type CommuneRow = {
  id: number;
  code: string;
  nameAr: string;
  nameFr: string;
  legalStatus: string;
  setting: string;
  alternativeNames: string;
  placeCount: number;
  prefectureNameAr: string;
  prefectureNameFr: string;
};

export type CommuneDetail = {
  id: number;
  prefectureId: number;
  code: string;
  nameAr: string;
  nameFr: string;
  legalStatus: string;
  setting: string;
  alternativeNames: string;
  version: number;
  places: { id: number; code: string; kind: string; nameAr: string; nameFr: string }[];
};

export type PlaceDetail = { id: number; communeId: number; code: string; kind: string; nameAr: string; nameFr: string; version: number; communeNameAr: string; communeNameFr: string };

export type Option = { id: number; nameAr: string; nameFr: string };

export type AxisDetail = {
  id: number;
  programmeId: number;
  code: string;
  nameAr: string;
  nameFr: string;
  maxIndhSharePercent: number | null;
  maxIndhContributionCentimes: bigint | null;
  minWomenOrYouthMembersPercent: number | null;
  version: number;
};

export type ProgrammeDetail = { id: number; phaseId: number; number: number; nameAr: string; nameFr: string };

export type PhaseDetail = { id: number; number: number; startYear: number; endYear: number | null; nameAr: string; nameFr: string };

export type PhaseTree = (PhaseDetail & { programmes: (ProgrammeDetail & { axes: AxisDetail[] })[] })[];

export type PrefectureDetail = { id: number; regionId: number; code: string; kind: string; nameAr: string; nameFr: string; version: number };

export type PrefectureRow = { id: number; code: string; kind: string; nameAr: string; nameFr: string; communeCount: number; userCount: number };

export type RegionWithPrefectures = { id: number; code: string; nameAr: string; nameFr: string; prefectures: PrefectureRow[] };
