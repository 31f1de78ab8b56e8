// What a spreadsheet cell may name — a sector, commune, place, programme, axis, partner or status — by
// code or by name in either language, compared folded. Loaded once per file, so checking 10,000 rows
// asks the database nothing more per row.
import type { Prisma } from "@/lib/generated/prisma/client";
import { foldForSearch } from "@/lib/search/fold";
import { splitAlternativeNames } from "@/lib/territory/alternative-names";
import { GRANT_STATUSES, type GrantStatus } from "@/lib/grants/rules";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";

type Tx = Prisma.TransactionClient;
type Named = { id: number; nameAr: string; nameFr: string; code?: string | null; acronym?: string | null; alternativeNames?: string };

export const programmeCode = (phaseNumber: number, programmeNumber: number) => `${phaseNumber}.${programmeNumber}`;

export type Lookup = { ok: true; id: number } | { ok: false; code: "unknownValue" | "ambiguousValue" };

/** Every spelling of each record, folded, to the ids it may mean. */
class NameIndex {
  private byName = new Map<string, Set<number>>();
  constructor(rows: Named[]) {
    for (const row of rows) {
      // A commune's other spellings ("Asilah", "أصيلا") name it too.
      for (const name of [row.nameAr, row.nameFr, row.code, row.acronym, ...splitAlternativeNames(row.alternativeNames ?? "")]) {
        if (!name) continue;
        const key = foldForSearch(name);
        if (!this.byName.has(key)) this.byName.set(key, new Set());
        this.byName.get(key)!.add(row.id);
      }
    }
  }
  find(text: string, within?: (id: number) => boolean): Lookup {
    const ids = [...(this.byName.get(foldForSearch(text)) ?? [])].filter((id) => !within || within(id));
    if (ids.length === 1) return { ok: true, id: ids[0]! };
    return { ok: false, code: ids.length === 0 ? "unknownValue" : "ambiguousValue" };
  }
}

/**
 * How an export writes each record so that the import finds exactly that record again: its name in the
 * reader's language, unless another record answers to the same spelling (two associations may share a
 * name), then its code, which is unique within the prefecture.
 */
export function exportSpellings(rows: (Named & { code: string })[], locale: "ar" | "fr"): Map<number, string> {
  const index = new NameIndex(rows);
  return new Map(rows.map((row) => {
    const name = locale === "ar" ? row.nameAr : row.nameFr;
    return [row.id, index.find(name).ok ? name : row.code];
  }));
}

/** Grant statuses by code or by their labels in both languages, as the forms and exports show them. */
const statusIndex = new NameIndex(
  GRANT_STATUSES.map((code, id) => ({ id, code, nameAr: ar.Grants.status[code], nameFr: fr.Grants.status[code] })),
);

export async function loadReferenceIndex(tx: Tx, prefectureId: number) {
  const name = { id: true, nameAr: true, nameFr: true } as const;
  const [sectors, communes, places, programmes, axes, organisations] = await Promise.all([
    tx.sector.findMany({ select: { ...name, code: true } }),
    tx.commune.findMany({ where: { prefectureId }, select: { ...name, code: true, alternativeNames: true } }),
    tx.place.findMany({ where: { commune: { prefectureId } }, select: { ...name, code: true, communeId: true } }),
    tx.programme.findMany({ select: { ...name, number: true, phase: { select: { number: true } } } }),
    tx.axis.findMany({ select: { ...name, code: true, programmeId: true } }),
    tx.organisation.findMany({ where: { prefectureId }, select: { ...name, code: true, acronym: true } }),
  ]);
  const placeCommune = new Map(places.map((p) => [p.id, p.communeId]));
  const axisProgramme = new Map(axes.map((a) => [a.id, a.programmeId]));
  // A programme's code is "phase.number" ("3.3"), as the exports write it.
  const programmeIndex = new NameIndex(programmes.map((p) => ({ ...p, code: programmeCode(p.phase.number, p.number) })));
  const [sectorIndex, communeIndex, placeIndex, axisIndex, organisationIndex] = [
    new NameIndex(sectors), new NameIndex(communes), new NameIndex(places), new NameIndex(axes), new NameIndex(organisations),
  ];
  return {
    sector: (text: string) => sectorIndex.find(text),
    commune: (text: string) => communeIndex.find(text),
    place: (text: string, communeId: number) => placeIndex.find(text, (id) => placeCommune.get(id) === communeId),
    programme: (text: string) => programmeIndex.find(text),
    axis: (text: string, programmeId: number) => axisIndex.find(text, (id) => axisProgramme.get(id) === programmeId),
    organisation: (text: string) => organisationIndex.find(text),
    status: (text: string): GrantStatus | null => {
      const found = statusIndex.find(text);
      return found.ok ? GRANT_STATUSES[found.id]! : null;
    },
  };
}

export type ReferenceIndex = Awaited<ReturnType<typeof loadReferenceIndex>>;
