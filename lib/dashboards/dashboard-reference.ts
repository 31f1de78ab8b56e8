import "server-only";
// The reference rows a dashboard needs to label its groups and to turn zone and phase filters into
// commune and programme ids: a few dozen rows per prefecture, read once per dashboard.
import { getDb } from "@/lib/db";
import type { Zone } from "@/lib/dashboards/types";

export type Locale = "ar" | "fr";
type Named = { nameAr: string; nameFr: string };
export const nameIn = (locale: Locale, row: Named) => (locale === "ar" ? row.nameAr : row.nameFr);

export type DashboardReference = Awaited<ReturnType<typeof loadDashboardReference>>;

/** `prefectureId` undefined: every prefecture (a national user without a prefecture filter). */
export async function loadDashboardReference(prefectureId: number | undefined) {
  const db = getDb();
  const name = { nameAr: true, nameFr: true } as const;
  const [phases, programmes, axes, communes, sectors, prefectures] = await Promise.all([
    db.phase.findMany({ select: { id: true, number: true, ...name }, orderBy: { number: "asc" } }),
    db.programme.findMany({ select: { id: true, number: true, phaseId: true, ...name } }),
    db.axis.findMany({ select: { id: true, programmeId: true, ...name }, orderBy: { id: "asc" } }),
    db.commune.findMany({
      where: prefectureId === undefined ? {} : { prefectureId },
      select: { id: true, code: true, setting: true, prefectureId: true, ...name },
      orderBy: [{ prefectureId: "asc" }, { code: "asc" }],
    }),
    db.sector.findMany({ select: { id: true, ...name }, orderBy: { id: "asc" } }),
    // Several prefectures in view: their names, for the breakdown by prefecture.
    prefectureId === undefined ? db.prefecture.findMany({ select: { id: true, code: true, ...name }, orderBy: { code: "asc" } }) : Promise.resolve(null),
  ]);
  const phaseNumber = new Map(phases.map((p) => [p.id, p.number]));
  // Reference order: by phase, then programme number (programme numbers repeat from one phase to the next).
  programmes.sort((a, b) => (phaseNumber.get(a.phaseId) ?? 0) - (phaseNumber.get(b.phaseId) ?? 0) || a.number - b.number);
  const programmeRank = new Map(programmes.map((p, i) => [p.id, i]));
  axes.sort((a, b) => (programmeRank.get(a.programmeId) ?? 0) - (programmeRank.get(b.programmeId) ?? 0) || a.id - b.id);
  return {
    phases,
    programmes,
    axes,
    communes,
    sectors,
    prefectures,
    phaseOfProgramme: new Map(programmes.map((p) => [p.id, p.phaseId])),
    zoneOfCommune: new Map(communes.map((c) => [c.id, c.setting as Zone])),
    prefectureOfCommune: new Map(communes.map((c) => [c.id, c.prefectureId])),
  };
}
