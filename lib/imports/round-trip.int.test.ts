// The list exports re-import with no change: each list exported (whole, and filtered) in both languages and
// both formats, then previewed as an import, says "unchanged" for every row and nothing else; confirming
// one changes no record. Then the export routes as a browser calls them: session, headers, filters applied.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { seedAll } from "@/prisma/seed/seed-all";
import { createTestUser } from "@/lib/testing/test-user";
import { actAs } from "@/lib/testing/action-harness";
import { parseListParams } from "@/lib/lists/list-params";
import { COOPERATIVE_FILTERS, COOPERATIVE_SORTS } from "@/lib/cooperatives/types";
import { GRANT_FILTERS, GRANT_SORTS } from "@/lib/grants/queries";
import { cooperativeSheet, grantSheet } from "@/lib/imports/list-exports";
import { listExportTable } from "@/lib/imports/list-export-response";
import { confirmImport, previewImport } from "@/lib/imports/mutations";
import type { RowOutcome } from "@/lib/imports/outcome";
import { toCsv } from "@/lib/exports/csv";
import { toXlsx } from "@/lib/exports/xlsx";
import { readSpreadsheet } from "@/lib/imports/read-file";
import { GET as getCooperatives } from "@/app/[locale]/admin/cooperatives/export/route";
import { GET as getGrants } from "@/app/[locale]/admin/grants/export/route";
import { GET as getEvents } from "@/app/[locale]/admin/events/export/route";

vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);

type Kind = "cooperatives" | "grants";
type Query = Record<string, string>;

let staff: SessionUser;
let communeId: number;

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedAll(db, { demo: true });
  ({ user: staff } = await createTestUser(db, { role: "STAFF", prefectureId }));
  // The commune with the most grants: a filter that keeps some rows and drops others.
  const byCommune = await db.cooperative.groupBy({ by: ["communeId"], where: { grants: { some: {} } }, _count: { _all: true }, orderBy: { _count: { communeId: "desc" } } });
  communeId = byCommune[0]!.communeId;
});

const pick = <T extends object, K extends keyof T>(o: T, keys: K[]) => Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;

/** The file a user downloads from the list (title and notes above the header row included). */
async function exportList(kind: Kind, locale: AppLocale, format: "csv" | "xlsx", query: Query) {
  const params = kind === "cooperatives"
    ? parseListParams(query, { sorts: COOPERATIVE_SORTS, defaultSort: "name", filters: COOPERATIVE_FILTERS })
    : parseListParams(query, { sorts: GRANT_SORTS, defaultSort: "approvedOn", defaultDir: "desc", filters: GRANT_FILTERS });
  const sheet = kind === "cooperatives" ? await cooperativeSheet(staff, params as never, locale) : await grantSheet(staff, params as never, locale);
  const table = await listExportTable(kind, staff, locale, { params, sheet }, new Date());
  const bytes = format === "csv" ? new TextEncoder().encode(toCsv([table])) : await toXlsx([table]);
  return { rows: sheet.rows.length, notes: table.notes, bytes };
}

async function preview(kind: Kind, fileName: string, bytes: Uint8Array) {
  const result = await previewImport(staff, kind, fileName, bytes);
  if (!result.ok) throw new Error(`preview refused: ${JSON.stringify(result.problem)}`);
  const batch = await getDb().importBatch.findUniqueOrThrow({ where: { id: result.batchId } });
  const firstProblem = (JSON.parse(batch.outcomes) as RowOutcome[]).find((o) => o.outcome !== "unchanged");
  return { batchId: batch.id, counts: { newRows: batch.newRows, updatedRows: batch.updatedRows, errorRows: batch.errorRows, unchangedRows: batch.unchangedRows }, firstProblem };
}

/** Every stored value an import could change, to prove that a round trip changed none of them. */
async function snapshot() {
  const db = getDb();
  const [cooperatives, grants, partners] = await Promise.all([
    db.cooperative.findMany({ orderBy: { id: "asc" }, omit: { searchText: true } }),
    db.grant.findMany({
      orderBy: { id: "asc" },
      select: { id: true, version: true, status: true, approvedOn: true, programmeId: true, axisId: true, totalCostCentimes: true, indhContributionCentimes: true, beneficiaryContributionCentimes: true },
    }),
    db.grantPartnerContribution.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { cooperatives, grants, partners };
}

describe("a list export re-imports with no change", () => {
  const cases = (["cooperatives", "grants"] as const).flatMap((kind) =>
    (["ar", "fr"] as const).flatMap((locale) => (["csv", "xlsx"] as const).map((format) => ({ kind, locale, format }))),
  );

  it.each(cases)("$kind, $locale, $format: whole list and one commune, every row unchanged", async ({ kind, locale, format }) => {
    const before = await snapshot();
    const total = kind === "cooperatives" ? before.cooperatives.length : before.grants.length;
    const queries: Query[] = [{}, { commune: String(communeId), sort: kind === "grants" ? "totalCost" : "members" }];
    for (const query of queries) {
      const file = await exportList(kind, locale, format, query);
      const { counts, firstProblem } = await preview(kind, `export.${format}`, file.bytes);
      expect({ ...counts, firstProblem }).toEqual({ newRows: 0, updatedRows: 0, errorRows: 0, unchangedRows: file.rows, firstProblem: undefined });
      if ("commune" in query) expect(file.rows).toBeLessThan(total);
      else expect(file.rows).toBe(total);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("confirming the re-import writes nothing: same records, same versions, same amounts", async () => {
    const before = await snapshot();
    for (const kind of ["cooperatives", "grants"] as const) {
      const { batchId } = await preview(kind, "export.xlsx", (await exportList(kind, "ar", "xlsx", {})).bytes);
      const imported = await confirmImport(staff, batchId, false);
      expect([imported.newRows, imported.updatedRows]).toEqual([0, 0]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("writes the time and the filters in words above the header row", async () => {
    const commune = await getDb().commune.findUniqueOrThrow({ where: { id: communeId } });
    const { notes } = await exportList("grants", "fr", "csv", { commune: String(communeId), q: "miel", zone: "NOWHERE" });
    expect(notes).toEqual([expect.stringMatching(/^Exporté le /), "Recherche : « miel »", `Commune : ${commune.nameFr}`]);
    expect((await exportList("cooperatives", "ar", "csv", {})).notes).toEqual([expect.stringMatching(/^تاريخ التصدير: /), "دون بحث ولا تصفية: القائمة كاملة"]);
  });
});

describe("values that spreadsheets tend to mangle survive the round trip", () => {
  it.each(["csv", "xlsx"] as const)("%s: a + phone, quotes and line breaks, centimes, a partner whose name another organisation shares", async (format) => {
    const db = getDb();
    const grant = await db.grant.findFirstOrThrow({
      where: { prefectureId: staff.prefectureId, partnerContributions: { some: {} } },
      include: { partnerContributions: { include: { organisation: true } } },
    });
    const partner = grant.partnerContributions[0]!;
    // Another organisation of the prefecture with the same names: the name alone no longer says which.
    await db.organisation.upsert({
      where: { prefectureId_code: { prefectureId: staff.prefectureId, code: "HOMONYM" } },
      update: {},
      create: { ...pick(partner.organisation, ["kind", "nameAr", "nameFr"]), prefectureId: staff.prefectureId, code: "HOMONYM" },
    });
    await db.cooperative.update({
      where: { id: grant.cooperativeId },
      data: { contactPhone: "+212 661-23 45 67", contactName: 'Fatima "Zahra", présidente\nBureau 2', nameFr: "=Coopérative; « Les Abeilles »" },
    });
    // 1 234,50 DH more of INDH money, 50 centimes less from the beneficiaries... kept adding up to the total.
    await db.grant.update({ where: { id: grant.id }, data: { indhContributionCentimes: grant.indhContributionCentimes + 50n, beneficiaryContributionCentimes: grant.beneficiaryContributionCentimes - 50n, titleFr: `${grant.titleFr}, "phase 2"` } });
    for (const kind of ["cooperatives", "grants"] as const) {
      for (const locale of ["ar", "fr"] as const) {
        const file = await exportList(kind, locale, format, {});
        const { counts, firstProblem } = await preview(kind, `export.${format}`, file.bytes);
        expect({ kind, locale, ...counts, firstProblem }).toEqual({ kind, locale, newRows: 0, updatedRows: 0, errorRows: 0, unchangedRows: file.rows, firstProblem: undefined });
      }
    }
  });
});

describe("GET /[locale]/admin/{cooperatives,grants,events}/export", () => {
  const call = (handler: typeof getCooperatives, locale: string, path: string) =>
    handler(new Request(`http://localhost/${locale}/admin/${path}`), { params: Promise.resolve({ locale }) });
  const dataRows = async (kind: Kind, response: Response, fileName: string) =>
    (await preview(kind, fileName, new Uint8Array(await response.arrayBuffer()))).counts.unchangedRows;

  it("answers 401 without a session and 404 for an unknown locale", async () => {
    await actAs(null);
    expect((await call(getCooperatives, "fr", "cooperatives/export?format=csv")).status).toBe(401);
    await actAs(staff.id);
    expect((await call(getCooperatives, "de", "cooperatives/export?format=csv")).status).toBe(404);
  });

  it("downloads every page of the list, and only the filtered rows with a filter", async () => {
    await actAs(staff.id);
    const all = await call(getCooperatives, "fr", "cooperatives/export?format=csv&page=2");
    expect(all.status).toBe(200);
    expect(all.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(all.headers.get("Cache-Control")).toBe("private, no-store");
    expect(all.headers.get("Content-Disposition")).toMatch(/^attachment; filename="indh-cooperatives-fr-\d{4}-\d{2}-\d{2}\.csv"$/);
    const cooperatives = await getDb().cooperative.count({ where: { prefectureId: staff.prefectureId } });
    expect(await dataRows("cooperatives", all, "all.csv")).toBe(cooperatives); // 85, not the page's 25

    const filtered = await call(getGrants, "ar", `grants/export?format=xlsx&commune=${communeId}&page=3`);
    expect(filtered.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(filtered.headers.get("Content-Disposition")).toMatch(/filename="indh-grants-ar-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const inCommune = await getDb().grant.count({ where: { cooperative: { communeId } } });
    const grants = await getDb().grant.count();
    expect(await dataRows("grants", filtered, "filtered.xlsx")).toBe(inCommune);
    expect(inCommune).toBeLessThan(grants);
  });

  it("exports the events, drafts included, as a plain table", async () => {
    await actAs(staff.id);
    const response = await call(getEvents, "fr", "events/export?format=csv&status=PUBLISHED");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(/filename="indh-events-fr-\d{4}-\d{2}-\d{2}\.csv"$/);
    const read = await readSpreadsheet("events.csv", new Uint8Array(await response.arrayBuffer()));
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const lines = read.sheet.rows.map((r) => r.cells[0]);
    expect(lines.slice(0, 3)).toEqual(["Événements", expect.stringMatching(/^Exporté le /), "Statut : Publié"]);
    expect(lines).toContain("cooperatives-day-tanger-2025");
  });
});
