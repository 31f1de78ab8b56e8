import "server-only";
// The workspace lists as spreadsheets, with the list's current search and filters. Cooperatives and grants
// are written in the import's columns and values (names, "3.3" for a programme, dd/mm/yyyy dates, exact
// amounts), so a file exported here re-imports with no change. Events have no import: their export is a
// plain table of the list.
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import type { ListParams } from "@/lib/lists/list-params";
import { listOrder as cooperativeOrder, listWhere as cooperativeWhere } from "@/lib/cooperatives/queries";
import { listOrder as grantOrder, listWhere as grantWhere } from "@/lib/grants/queries";
import { listWhere as eventWhere } from "@/lib/events/admin-queries";
import type { CooperativeSort } from "@/lib/cooperatives/types";
import type { GrantSort } from "@/lib/grants/queries";
import type { EventSort } from "@/lib/events/admin-queries";
import { columnsOf, headerOf, MAX_PARTNER_PAIRS, TEMPLATE_PARTNER_PAIRS } from "@/lib/imports/columns";
import { exportSpellings, programmeCode } from "@/lib/imports/reference-index";
import { prefectureScope } from "@/lib/auth/scope";
import { count, money, text, type ExportCell } from "@/lib/exports/export-table";
import { formatDateTime } from "@/lib/format/dates";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";

export type ListSheet = { headers: string[]; rows: ExportCell[][] };

/** dd/mm/yyyy, as Moroccan forms write dates (calendar dates are stored at UTC midnight). */
export const slashDate = (d: Date) => d.toISOString().slice(0, 10).split("-").reverse().join("/");
const optional = (value: string | null | undefined) => text(value ?? "");
const nameOf = (locale: AppLocale, row: { nameAr: string; nameFr: string }) => (locale === "ar" ? row.nameAr : row.nameFr);
const named = { select: { nameAr: true, nameFr: true } } as const;

export async function cooperativeSheet(user: SessionUser, params: ListParams<CooperativeSort>, locale: AppLocale): Promise<ListSheet> {
  const rows = await getDb().cooperative.findMany({
    where: await cooperativeWhere(user, params),
    orderBy: cooperativeOrder(params, locale),
    include: { sector: named, commune: named, place: named },
  });
  return {
    headers: columnsOf("cooperatives").map((c) => headerOf(c, locale)),
    rows: rows.map((c) => [
      text(c.registerNumber), text(c.nameAr), text(c.nameFr), text(nameOf(locale, c.sector)), text(nameOf(locale, c.commune)),
      optional(c.place && nameOf(locale, c.place)), optional(c.foundedOn && slashDate(c.foundedOn)),
      count(c.members), count(c.womenMembers), count(c.youngMembers), optional(c.contactName), optional(c.contactPhone), optional(c.contactEmail),
    ]),
  };
}

export async function grantSheet(user: SessionUser, params: ListParams<GrantSort>, locale: AppLocale): Promise<ListSheet> {
  // Partners by a spelling the import resolves to exactly them (a shared name would be refused as ambiguous).
  const partnerName = exportSpellings(
    await getDb().organisation.findMany({ where: prefectureScope(user), select: { id: true, nameAr: true, nameFr: true, code: true, acronym: true } }),
    locale,
  );
  const rows = await getDb().grant.findMany({
    where: grantWhere(user, params),
    orderBy: grantOrder(params, locale),
    include: {
      cooperative: { select: { registerNumber: true } },
      programme: { select: { number: true, phase: { select: { number: true } } } },
      axis: named,
      partnerContributions: { orderBy: { id: "asc" } },
    },
  });
  const pairs = Math.min(MAX_PARTNER_PAIRS, Math.max(TEMPLATE_PARTNER_PAIRS, ...rows.map((g) => g.partnerContributions.length)));
  const status = (locale === "ar" ? ar : fr).Grants.status;
  return {
    headers: columnsOf("grants", pairs).map((c) => headerOf(c, locale)),
    rows: rows.map((g) => [
      text(g.cooperative.registerNumber), text(programmeCode(g.programme.phase.number, g.programme.number)), optional(g.axis && nameOf(locale, g.axis)),
      text(g.titleAr), text(g.titleFr), text(slashDate(g.approvedOn)), text(status[g.status as keyof typeof status] ?? g.status),
      money(g.totalCostCentimes), money(g.indhContributionCentimes), money(g.beneficiaryContributionCentimes),
      ...Array.from({ length: pairs }, (_, i) => {
        const p = g.partnerContributions[i];
        return p ? [text(partnerName.get(p.organisationId) ?? ""), money(p.amountCentimes)] : [text(""), text("")];
      }).flat(),
    ]),
  };
}

export async function eventSheet(user: SessionUser, params: ListParams<EventSort>, locale: AppLocale): Promise<ListSheet> {
  const rows = await getDb().event.findMany({
    where: eventWhere(user, params),
    // The list page's order (lib/events/admin-queries.ts), so the file reads in the order the page shows.
    orderBy: [
      ...(params.sort === "title" ? [{ [locale === "ar" ? "titleAr" : "titleFr"]: params.dir }]
        : params.sort === "status" ? [{ status: params.dir }, { startsAt: "desc" as const }] : [{ startsAt: params.dir }]),
      { id: "desc" as const },
    ],
    include: { commune: named, _count: { select: { presentations: true } } },
  });
  const { form, columns, status } = (locale === "ar" ? ar : fr).AdminEvents;
  return {
    headers: [form.slug, form.titleAr, form.titleFr, columns.startsAt, form.venueAr, form.venueFr, columns.commune, columns.status, columns.presentations],
    rows: rows.map((e) => [
      text(e.slug), text(e.titleAr), text(e.titleFr), text(formatDateTime(e.startsAt, locale)), text(e.venueAr), text(e.venueFr),
      optional(e.commune && nameOf(locale, e.commune)), text(status[e.status as keyof typeof status] ?? e.status),
      count(e._count.presentations),
    ]),
  };
}
