import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { sortByName } from "@/lib/i18n/collate";

export type Option = { value: string; label: string };

export type DashboardFilterOptions = {
  years: Option[];
  phases: Option[];
  programmes: Option[];
  axes: Option[];
  /**
   * The communes of the prefecture in view. A national user who chose no prefecture gets none but the one
   * already chosen, and is asked to choose a prefecture first: a list of every commune of the country (about
   * 1,500) cannot be read, and it was a quarter of the national dashboard's weight.
   */
  communes: Option[];
  communesNeedPrefecture: boolean;
  /** Only for national users, who may choose a prefecture or see them all. */
  prefectures: Option[] | null;
};

/** The choices of the dashboard's filter form, from the reference data the user may see. */
export async function getDashboardFilterOptions(user: SessionUser, locale: AppLocale, prefectureId?: number, communeId?: number): Promise<DashboardFilterOptions> {
  const db = getDb();
  const scopeId = user.isNational ? prefectureId : user.prefectureId;
  const communesNeedPrefecture = scopeId === undefined;
  const communeWhere = !communesNeedPrefecture ? { prefectureId: scopeId } : communeId === undefined ? { id: -1 } : { id: communeId };
  const [phases, communes, prefectures, years] = await Promise.all([
    db.phase.findMany({ orderBy: { number: "asc" }, include: { programmes: { orderBy: { number: "asc" }, include: { axes: { orderBy: { id: "asc" } } } } } }),
    db.commune.findMany({ where: communeWhere, orderBy: { nameFr: "asc" } }),
    user.isNational ? db.prefecture.findMany({ orderBy: { nameFr: "asc" } }) : Promise.resolve(null),
    // The years from the summaries (approvalYear is the approval date's year), a few thousand rows per
    // prefecture: the same aggregate on Grant read 120,000 of them for a large prefecture (0.76 s, bench:national).
    db.grantSummary.aggregate({
      _min: { approvalYear: true },
      _max: { approvalYear: true },
      where: { grantCount: { gt: 0 }, ...(scopeId === undefined ? {} : { prefectureId: scopeId }) },
    }),
  ]);
  const first = years._min.approvalYear ?? new Date().getUTCFullYear();
  const last = years._max.approvalYear ?? first;
  const name = (row: { nameAr: string; nameFr: string }) => localized(locale, row.nameAr, row.nameFr);
  return {
    years: Array.from({ length: last - first + 1 }, (_, i) => String(first + i)).map((y) => ({ value: y, label: y })),
    phases: phases.map((p) => ({ value: String(p.id), label: name(p) })),
    programmes: phases.flatMap((p) => p.programmes.map((g) => ({ value: String(g.id), label: `${name(p)} — ${g.number}. ${name(g)}` }))),
    axes: phases.flatMap((p) => p.programmes.flatMap((g) => g.axes.map((a) => ({ value: String(a.id), label: `${name(a)} (${name(p)} — ${g.number})` })))),
    // Names in the reader's language and order (the database sorts French names by code point).
    communes: sortByName(communes.map((c) => ({ value: String(c.id), label: name(c) })), locale, (o) => o.label),
    communesNeedPrefecture,
    prefectures: prefectures ? sortByName(prefectures.map((p) => ({ value: String(p.id), label: name(p) })), locale, (o) => o.label) : null,
  };
}
