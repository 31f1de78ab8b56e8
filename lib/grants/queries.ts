import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { approvalYearsNewestFirst } from "@/lib/grants/approval-years";
import { prefectureScope } from "@/lib/auth/scope";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { foldForSearch } from "@/lib/search/fold";
import { intFilter, PAGE_SIZE, type ListParams } from "@/lib/lists/list-params";
import { GRANT_STATUSES } from "@/lib/grants/rules";
import type { GrantDetail, GrantFilterOptions, GrantFormOptions, GrantListItem, Option, StoredGrant } from "@/lib/grants/types";

export const GRANT_SORTS = ["approvedOn", "title", "totalCost", "indhContribution", "status"] as const;
export type GrantSort = (typeof GRANT_SORTS)[number];
export const GRANT_FILTERS = ["commune", "zone", "programme", "phase", "axis", "status", "year"] as const;
export const ZONES = ["URBAN", "RURAL"] as const;

/** The where clause of the list: always the user's prefecture, then search and filters from the URL. */
export function listWhere(user: SessionUser, params: ListParams<GrantSort>): Prisma.GrantWhereInput {
  const f = params.filters;
  const q = foldForSearch(params.q);
  const year = f.year && /^\d{4}$/.test(f.year) ? Number(f.year) : undefined;
  const zone = (ZONES as readonly string[]).includes(f.zone ?? "") ? f.zone : undefined;
  return {
    ...prefectureScope(user),
    ...(q ? { OR: [{ searchText: { contains: q } }, { cooperative: { searchText: { contains: q } } }] } : {}),
    ...(intFilter(f.commune) || zone ? { cooperative: { communeId: intFilter(f.commune), commune: zone ? { setting: zone } : undefined } } : {}),
    programmeId: intFilter(f.programme),
    programme: intFilter(f.phase) ? { phaseId: intFilter(f.phase) } : undefined,
    axisId: intFilter(f.axis),
    status: (GRANT_STATUSES as readonly string[]).includes(f.status ?? "") ? f.status : undefined,
    approvedOn: year ? { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } : undefined,
  };
}

export function listOrder(params: ListParams<GrantSort>, locale: AppLocale): Prisma.GrantOrderByWithRelationInput[] {
  const dir = params.dir;
  const by: Record<GrantSort, Prisma.GrantOrderByWithRelationInput> = {
    approvedOn: { approvedOn: dir },
    title: locale === "ar" ? { titleAr: dir } : { titleFr: dir },
    totalCost: { totalCostCentimes: dir },
    indhContribution: { indhContributionCentimes: dir },
    status: { status: dir },
  };
  return [by[params.sort], { id: "desc" }];
}

export async function listGrants(user: SessionUser, params: ListParams<GrantSort>, locale: AppLocale) {
  const where = listWhere(user, params);
  const db = getDb();
  const [rows, total, any] = await Promise.all([
    db.grant.findMany({
      where,
      orderBy: listOrder(params, locale),
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, titleAr: true, titleFr: true, approvedOn: true, status: true, totalCostCentimes: true, indhContributionCentimes: true, isDemo: true,
        cooperative: { select: { nameAr: true, nameFr: true } },
        programme: { select: { number: true, nameAr: true, nameFr: true, phase: { select: { number: true } } } },
      },
    }),
    db.grant.count({ where }),
    db.grant.count({ where: prefectureScope(user), take: 1 }),
  ]);
  const items: GrantListItem[] = rows.map((r) => ({
    id: r.id,
    title: localized(locale, r.titleAr, r.titleFr),
    cooperativeName: localized(locale, r.cooperative.nameAr, r.cooperative.nameFr),
    programmeLabel: localized(locale, r.programme.nameAr, r.programme.nameFr),
    approvedOn: r.approvedOn,
    status: r.status,
    totalCostCentimes: r.totalCostCentimes,
    indhContributionCentimes: r.indhContributionCentimes,
    isDemo: r.isDemo,
  }));
  /** `anyInScope` tells "no grant yet" from "nothing matches this search". */
  return { items, total, anyInScope: any > 0 };
}

export async function getGrantDetail(user: SessionUser, id: number, locale: AppLocale): Promise<GrantDetail | null> {
  const g = await getDb().grant.findFirst({
    where: { id, ...prefectureScope(user) },
    select: {
      id: true, version: true, isDemo: true, titleAr: true, titleFr: true, approvedOn: true, status: true,
      totalCostCentimes: true, indhContributionCentimes: true, beneficiaryContributionCentimes: true,
      acknowledgedWarnings: true, acknowledgedAt: true, acknowledgedBy: { select: { name: true, email: true } },
      cooperative: { select: { id: true, nameAr: true, nameFr: true } },
      programme: { select: { nameAr: true, nameFr: true, phase: { select: { nameAr: true, nameFr: true } } } },
      axis: { select: { nameAr: true, nameFr: true } },
      partnerContributions: { select: { amountCentimes: true, organisation: { select: { nameAr: true, nameFr: true, acronym: true } } }, orderBy: { id: "asc" } },
      tranches: { select: { position: true, plannedOn: true, amountCentimes: true, paidOn: true }, orderBy: { position: "asc" } },
    },
  });
  if (!g) return null;
  const name = (r: { nameAr: string; nameFr: string }) => localized(locale, r.nameAr, r.nameFr);
  return {
    id: g.id, version: g.version, isDemo: g.isDemo, titleAr: g.titleAr, titleFr: g.titleFr, approvedOn: g.approvedOn, status: g.status,
    totalCostCentimes: g.totalCostCentimes, indhContributionCentimes: g.indhContributionCentimes, beneficiaryContributionCentimes: g.beneficiaryContributionCentimes,
    cooperative: { id: g.cooperative.id, name: name(g.cooperative) },
    programme: name(g.programme),
    phase: name(g.programme.phase),
    axis: g.axis ? name(g.axis) : null,
    partners: g.partnerContributions.map((p) => ({ name: p.organisation.acronym ? `${name(p.organisation)} (${p.organisation.acronym})` : name(p.organisation), amountCentimes: p.amountCentimes })),
    tranches: g.tranches,
    acknowledgement: g.acknowledgedWarnings
      ? { codes: g.acknowledgedWarnings.split(","), by: g.acknowledgedBy?.name ?? null, at: g.acknowledgedAt }
      : null,
  };
}

/** The stored grant as the edit form needs it (ids, raw amounts and rows). */
export async function getGrantForEdit(user: SessionUser, id: number): Promise<StoredGrant | null> {
  return getDb().grant.findFirst({
    where: { id, ...prefectureScope(user) },
    select: {
      id: true, prefectureId: true, cooperativeId: true, programmeId: true, axisId: true, titleAr: true, titleFr: true,
      approvedOn: true, status: true, totalCostCentimes: true, indhContributionCentimes: true, beneficiaryContributionCentimes: true,
      acknowledgedWarnings: true, acknowledgedById: true, acknowledgedAt: true, isDemo: true, version: true,
      partnerContributions: { select: { organisationId: true, amountCentimes: true }, orderBy: { id: "asc" } },
      tranches: { select: { position: true, plannedOn: true, amountCentimes: true, paidOn: true }, orderBy: { position: "asc" } },
    },
  });
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

// Programmes and axes are national reference data; every label names its phase, since programme numbers
// repeat from one phase to the next.
async function programmeAndAxisOptions(locale: AppLocale) {
  const programmes = await getDb().programme.findMany({
    orderBy: [{ phase: { number: "desc" } }, { number: "asc" }],
    select: {
      id: true, number: true, nameAr: true, nameFr: true,
      phase: { select: { id: true, number: true, nameAr: true, nameFr: true } },
      axes: { select: { id: true, nameAr: true, nameFr: true }, orderBy: { code: "asc" } },
    },
  });
  const programmeLabel = (p: (typeof programmes)[number]) => `${localized(locale, p.phase.nameAr, p.phase.nameFr)} — ${p.number}. ${localized(locale, p.nameAr, p.nameFr)}`;
  return {
    programmes: programmes.map((p) => ({ value: p.id, label: programmeLabel(p) })),
    // An axis is labelled with its programme, so the choice shows which programme it belongs to.
    axes: programmes.flatMap((p) => p.axes.map((a) => ({ value: a.id, label: `${localized(locale, a.nameAr, a.nameFr)} (${programmeLabel(p)})`, name: localized(locale, a.nameAr, a.nameFr), programmeId: p.id }))),
    phases: [...new Map(programmes.map((p) => [p.phase.id, { value: p.phase.id, label: localized(locale, p.phase.nameAr, p.phase.nameFr) }])).values()],
  };
}

export async function getGrantFilterOptions(user: SessionUser, locale: AppLocale): Promise<GrantFilterOptions> {
  const db = getDb();
  const [communes, years, reference] = await Promise.all([
    db.commune.findMany({ where: prefectureScope(user), select: { id: true, nameAr: true, nameFr: true } }),
    approvalYearsNewestFirst(user),
    programmeAndAxisOptions(locale),
  ]);
  return { communes: communes.map((c) => ({ value: c.id, label: localized(locale, c.nameAr, c.nameFr) })).sort(byLabel), years, ...reference };
}

export async function getGrantFormOptions(user: SessionUser, locale: AppLocale): Promise<GrantFormOptions> {
  const db = getDb();
  const [cooperatives, organisations, reference] = await Promise.all([
    db.cooperative.findMany({ where: prefectureScope(user), select: { id: true, nameAr: true, nameFr: true, registerNumber: true } }),
    db.organisation.findMany({ where: prefectureScope(user), select: { id: true, nameAr: true, nameFr: true, acronym: true } }),
    programmeAndAxisOptions(locale),
  ]);
  return {
    cooperatives: cooperatives.map((c) => ({ value: c.id, label: `${localized(locale, c.nameAr, c.nameFr)} — ${c.registerNumber}` })).sort(byLabel),
    organisations: organisations.map((o) => ({ value: o.id, label: o.acronym ? `${localized(locale, o.nameAr, o.nameFr)} (${o.acronym})` : localized(locale, o.nameAr, o.nameFr) })).sort(byLabel),
    programmes: reference.programmes,
    axes: reference.axes,
  };
}
