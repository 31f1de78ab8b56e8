import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import type { ImportKind } from "@/lib/imports/columns";
import type { RowOutcome } from "@/lib/imports/outcome";

export type ImportBatchSummary = {
  id: number;
  kind: ImportKind;
  fileName: string;
  status: "PREVIEWED" | "IMPORTED" | "DISCARDED";
  userEmail: string;
  createdAt: Date;
  importedAt: Date | null;
  totalRows: number;
  newRows: number;
  updatedRows: number;
  unchangedRows: number;
  errorRows: number;
  warningRows: number;
};

const summarySelect = {
  id: true, kind: true, fileName: true, status: true, createdAt: true, importedAt: true, totalRows: true, newRows: true,
  updatedRows: true, unchangedRows: true, errorRows: true, warningRows: true, user: { select: { email: true } },
} as const;

type Row = { kind: string; status: string; user: { email: string } } & Omit<ImportBatchSummary, "kind" | "status" | "userEmail">;
const toSummary = ({ user, kind, status, ...b }: Row): ImportBatchSummary =>
  ({ ...b, kind: kind as ImportKind, status: status as ImportBatchSummary["status"], userEmail: user.email });

/** The latest imports of the user's prefecture (all prefectures for a national user). */
export async function listImportBatches(user: SessionUser, take = 20): Promise<ImportBatchSummary[]> {
  const rows = await getDb().importBatch.findMany({ where: prefectureScope(user), orderBy: { id: "desc" }, take, select: summarySelect });
  return rows.map(toSummary);
}

export const OUTCOME_FILTERS = ["error", "update", "new", "unchanged"] as const;
export type OutcomeFilter = (typeof OUTCOME_FILTERS)[number];
export const OUTCOME_PAGE_SIZE = 100;

/** One batch with one page of its row outcomes (errors first unless a filter is chosen). */
export async function getImportBatch(user: SessionUser, id: number, filter: OutcomeFilter | null, page: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await getDb().importBatch.findFirst({
    where: { id, ...prefectureScope(user) },
    select: { ...summarySelect, outcomes: true, ignoredHeaders: true },
  });
  if (!row) return null;
  const { outcomes: json, ignoredHeaders, ...summary } = row;
  const all = JSON.parse(json) as RowOutcome[];
  const rank = (o: RowOutcome) => OUTCOME_FILTERS.indexOf(o.outcome);
  const chosen = filter ? all.filter((o) => o.outcome === filter) : [...all].sort((a, b) => rank(a) - rank(b) || a.line - b.line);
  const pages = Math.max(1, Math.ceil(chosen.length / OUTCOME_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  return {
    batch: toSummary(summary),
    ignoredHeaders: ignoredHeaders ? ignoredHeaders.split("\n") : [],
    rows: chosen.slice((current - 1) * OUTCOME_PAGE_SIZE, current * OUTCOME_PAGE_SIZE),
    matching: chosen.length,
    page: current,
    pages,
  };
}

export async function mayReadImportBatch(user: SessionUser, id: number): Promise<boolean> {
  if (!Number.isSafeInteger(id) || id <= 0) return false;
  return (await getDb().importBatch.count({ where: { id, ...prefectureScope(user) } })) === 1;
}

/** The values a template lists as accepted: names in the reader's language, with codes where they help. */
export async function getTemplateValues(user: SessionUser, locale: "ar" | "fr") {
  const db = getDb();
  const name = (r: { nameAr: string; nameFr: string }) => (locale === "ar" ? r.nameAr : r.nameFr);
  const [sectors, communes, programmes, organisations] = await Promise.all([
    db.sector.findMany({ orderBy: { id: "asc" } }),
    db.commune.findMany({ where: { prefectureId: user.prefectureId }, orderBy: { code: "asc" }, include: { places: { orderBy: { code: "asc" } } } }),
    db.programme.findMany({ include: { phase: true, axes: { orderBy: { id: "asc" } } }, orderBy: [{ phase: { number: "asc" } }, { number: "asc" }] }),
    db.organisation.findMany({ where: { prefectureId: user.prefectureId }, orderBy: { code: "asc" } }),
  ]);
  return {
    sector: sectors.map(name),
    commune: communes.map(name),
    place: communes.flatMap((c) => c.places.map((p) => `${name(p)} (${name(c)})`)),
    programme: programmes.map((p) => `${p.phase.number}.${p.number} — ${name(p)}`),
    axis: programmes.flatMap((p) => p.axes.map((a) => `${name(a)} (${p.phase.number}.${p.number})`)),
    partner: organisations.map((o) => (o.acronym ? `${o.acronym} — ${name(o)}` : name(o))),
  };
}
