// Imports through the real preview and confirmation, on the seeded database: valid files of each kind in
// both header languages, a bad row, duplicates, malformed files and 10,000 rows.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { seedAll } from "@/prisma/seed/seed-all";
import { createTestUser } from "@/lib/testing/test-user";
import { confirmImport, ImportNoLongerValidError, ImportWarningsNotAcknowledgedError, previewImport } from "@/lib/imports/mutations";
import { COOPERATIVE_COLUMNS, columnsOf } from "@/lib/imports/columns";
import type { RowOutcome } from "@/lib/imports/outcome";
import { csvFile, xlsxFile } from "@/lib/imports/test-files";

let staff: SessionUser;
const FR = COOPERATIVE_COLUMNS.map((c) => c.fr);
const AR = COOPERATIVE_COLUMNS.map((c) => c.ar);
const GRANT_FR = columnsOf("grants", 2).map((c) => c.fr);
const GRANT_AR = columnsOf("grants", 2).map((c) => c.ar);

// registerNumber, nameAr, nameFr, sector, commune, place, foundedOn, members, women, young, contact, phone, email
const coop = (reg: string, patch: Partial<Record<number, string>> = {}) => {
  const row = [reg, `تعاونية ${reg}`, `Coopérative ${reg}`, "Apiculture", "Al Manzla", "", "15/03/2020", "12", "7", "3", "", "", ""];
  for (const [i, v] of Object.entries(patch)) row[Number(i)] = v!;
  return row;
};

const batch = (id: number) => getDb().importBatch.findUniqueOrThrow({ where: { id } });
const outcomes = async (id: number) => JSON.parse((await batch(id)).outcomes) as RowOutcome[];
const counts = async () => ({
  cooperatives: await getDb().cooperative.count(),
  grants: await getDb().grant.count(),
  partners: await getDb().grantPartnerContribution.count(),
  audit: await getDb().auditEntry.count(),
});

async function previewOk(kind: "cooperatives" | "grants", name: string, bytes: Uint8Array) {
  const result = await previewImport(staff, kind, name, bytes);
  if (!result.ok) throw new Error(`preview refused: ${JSON.stringify(result.problem)}`);
  return result.batchId;
}

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedAll(db, { demo: true });
  ({ user: staff } = await createTestUser(db, { role: "STAFF", prefectureId }));
});

describe("cooperative import", () => {
  it("imports a CSV with French headers (semicolons, as French Excel writes) and records the import", async () => {
    const before = await counts();
    const id = await previewOk("cooperatives", "coops.csv", csvFile([FR, coop("IMP-1"), coop("IMP-2", { 4: "AL-MANZLA", 3: "BEEKEEPING" })], ";"));
    expect((await batch(id)).newRows).toBe(2);
    expect(await counts()).toEqual(before); // a preview writes nothing but the batch
    await confirmImport(staff, id, false);
    const imported = await getDb().cooperative.findFirstOrThrow({ where: { registerNumber: "IMP-1" }, include: { commune: true, sector: true } });
    expect([imported.commune.code, imported.sector.code, imported.members, imported.foundedOn?.toISOString()]).toEqual(["AL-MANZLA", "BEEKEEPING", 12, "2020-03-15T00:00:00.000Z"]);
    expect(imported.isWomenLed).toBe(true);
    const after = await counts();
    expect(after.cooperatives - before.cooperatives).toBe(2);
    expect(after.audit - before.audit).toBe(3); // two records and the import itself
    const entry = await getDb().auditEntry.findFirstOrThrow({ where: { action: "IMPORT", entityId: String(id) } });
    expect(JSON.parse(entry.after!)).toMatchObject({ fileName: "coops.csv", created: 2, updated: 0 });
    expect(entry.userEmail).toBe(staff.email);
  });

  it("keeps the file's name without its control characters (PostgreSQL text cannot hold NUL)", async () => {
    const id = await previewOk("cooperatives", "a\u0000b\u0007.csv", csvFile([FR, coop("NUL-1")]));
    expect((await batch(id)).fileName).toBe("ab.csv");
  });

  it("imports an XLSX with Arabic headers and Arabic names", async () => {
    const id = await previewOk("cooperatives", "تعاونيات.xlsx", await xlsxFile([AR, coop("IMP-AR", { 3: "تربية النحل", 4: "المنزلة", 7: "20" })]));
    await confirmImport(staff, id, false);
    const c = await getDb().cooperative.findFirstOrThrow({ where: { registerNumber: "IMP-AR" } });
    expect(c.members).toBe(20);
  });

  it("refuses the whole file when one row is bad: the preview says where, and nothing is written", async () => {
    const before = await counts();
    const id = await previewOk("cooperatives", "bad.csv", csvFile([FR, coop("OK-1"), coop("BAD-1", { 8: "13" }), coop("OK-2", { 4: "Nowhere" })]));
    const rows = await outcomes(id);
    expect(rows.map((r) => r.outcome)).toEqual(["new", "error", "error"]);
    expect(rows[1]).toMatchObject({ line: 3, issues: [{ column: "womenMembers", code: "womenExceedMembers" }] });
    expect(rows[2]).toMatchObject({ line: 4, issues: [{ column: "commune", code: "unknownValue", value: "Nowhere" }] });
    await expect(confirmImport(staff, id, false)).rejects.toBeInstanceOf(ImportNoLongerValidError);
    expect(await counts()).toEqual(before);
  });

  it("shows existing register numbers as updates or unchanged, and refuses a number twice in the file", async () => {
    const id0 = await previewOk("cooperatives", "base.csv", csvFile([FR, coop("DUP-1"), coop("DUP-2")]));
    await confirmImport(staff, id0, false);
    const id = await previewOk("cooperatives", "again.csv", csvFile([FR, coop("DUP-1"), coop("DUP-2", { 7: "30" }), coop("DUP-3"), coop("DUP-3")]));
    expect((await outcomes(id)).map((r) => [r.outcome, r.issues[0]?.code])).toEqual([
      ["unchanged", undefined], ["update", undefined], ["new", undefined], ["error", "duplicateInFile"],
    ]);
  });

  it("updates without doubling: counts stay, the values change, one audit entry per update", async () => {
    const before = await counts();
    const id = await previewOk("cooperatives", "update.csv", csvFile([FR, coop("DUP-1"), coop("DUP-2", { 7: "30" })]));
    await confirmImport(staff, id, false);
    expect((await counts()).cooperatives).toBe(before.cooperatives);
    expect((await getDb().cooperative.findFirstOrThrow({ where: { registerNumber: "DUP-2" } })).members).toBe(30);
    expect((await counts()).audit - before.audit).toBe(2); // DUP-2 and the import
  });
});

describe("grant import", () => {
  // cooperative, programme, axis, titleAr, titleFr, approvedOn, status, total, indh, beneficiaries, partner 1, amount 1, partner 2, amount 2
  const grant = (title: string, patch: Partial<Record<number, string>> = {}) => {
    const row = ["IMP-1", "3.3", "Appui à l'économie sociale et solidaire", `مشروع ${title}`, title, "01/06/2024", "Approuvé",
      "500.000,00", "250 000", "150 000 DH", "ODCO", "100.000,00", "", ""];
    for (const [i, v] of Object.entries(patch)) row[Number(i)] = v!;
    return row;
  };

  it("imports grants with partners from a CSV with Arabic headers, Moroccan amounts and dd/mm/yyyy dates", async () => {
    const before = await counts();
    const summaryBefore = await getDb().grantSummary.aggregate({ _sum: { grantCount: true } });
    const id = await previewOk("grants", "grants.csv", csvFile([GRANT_AR, grant("Miel"), grant("Ruchers", { 6: "منجز", 12: "ADS", 13: "1000", 9: "149 000 DH" })]));
    expect((await outcomes(id)).map((r) => [r.outcome, r.issues, r.warnings])).toEqual([["new", [], []], ["new", [], []]]);
    await confirmImport(staff, id, false);
    const g = await getDb().grant.findFirstOrThrow({ where: { titleFr: "Miel" }, include: { partnerContributions: true } });
    expect([g.totalCostCentimes, g.indhContributionCentimes, g.beneficiaryContributionCentimes]).toEqual([50_000_000n, 25_000_000n, 15_000_000n]);
    expect(g.partnerContributions.map((p) => p.amountCentimes)).toEqual([10_000_000n]);
    expect(g.approvedOn.toISOString()).toBe("2024-06-01T00:00:00.000Z");
    expect((await getDb().grant.findFirstOrThrow({ where: { titleFr: "Ruchers" } })).status).toBe("COMPLETED");
    const after = await counts();
    expect([after.grants - before.grants, after.partners - before.partners]).toEqual([2, 3]);
    // The dashboard summaries count the new grants.
    const summaryAfter = await getDb().grantSummary.aggregate({ _sum: { grantCount: true } });
    expect(summaryAfter._sum.grantCount! - summaryBefore._sum.grantCount!).toBe(2);
  });

  it("imports an XLSX with French headers; the same grant again is unchanged, a changed amount an update", async () => {
    const id = await previewOk("grants", "grants.xlsx", await xlsxFile([GRANT_FR, grant("Safran")]));
    await confirmImport(staff, id, false);
    const again = await previewOk("grants", "grants.xlsx", await xlsxFile([GRANT_FR, grant("Safran"), grant("Miel", { 7: "500.001,00", 9: "150 001" })]));
    expect((await outcomes(again)).map((r) => r.outcome)).toEqual(["unchanged", "update"]);
  });

  it("checks the money rules per row and names the column", async () => {
    const id = await previewOk("grants", "bad.csv", csvFile([GRANT_FR, grant("Faux", { 8: "20.000.000,00" }), grant("Inconnu", { 0: "NO-SUCH" }), grant("Partenaire", { 10: "Personne" })]));
    expect((await outcomes(id)).map((r) => r.issues[0])).toEqual([
      { column: "indhContribution", code: "indhExceedsTotalCost" },
      { column: "cooperative", code: "unknownCooperative", value: "NO-SUCH" },
      { column: "partner1", code: "unknownOrganisation", value: "Personne" },
    ]);
  });

  it("asks to acknowledge eligibility warnings before writing them, and records who acknowledged", async () => {
    // INDH share 90 % of the cost is above the axis maximum.
    const id = await previewOk("grants", "warn.csv", csvFile([GRANT_FR, grant("Part élevée", { 7: "1.000.000,00", 8: "900.000,00", 9: "100.000,00", 10: "", 11: "" })]));
    expect((await outcomes(id))[0]!.warnings.length).toBeGreaterThan(0);
    await expect(confirmImport(staff, id, false)).rejects.toBeInstanceOf(ImportWarningsNotAcknowledgedError);
    await confirmImport(staff, id, true);
    const g = await getDb().grant.findFirstOrThrow({ where: { titleFr: "Part élevée" } });
    expect([g.acknowledgedById, g.acknowledgedWarnings]).toEqual([staff.id, (await outcomes(id))[0]!.warnings.join(",")]);
  });
});

describe("malformed files change nothing and say why", () => {
  const problem = async (kind: "cooperatives" | "grants", name: string, bytes: Uint8Array) => {
    const before = await counts();
    const batches = await getDb().importBatch.count();
    const result = await previewImport(staff, kind, name, bytes);
    expect(await counts()).toEqual(before);
    expect(await getDb().importBatch.count()).toBe(batches);
    return result.ok ? null : result.problem;
  };

  it("refuses wrong encodings, wrong types, formulas, empty sheets, missing columns and 50 MB", async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode(FR.join(",") + "\r\n"), 0x43, 0x6f, 0x6f, 0x70, 0xe9, 0x0d, 0x0a]);
    expect(await problem("cooperatives", "latin1.csv", latin1)).toEqual({ code: "notUtf8" });
    expect(await problem("cooperatives", "fake.xlsx", new TextEncoder().encode("not a zip"))).toEqual({ code: "unreadable" });
    expect(await problem("cooperatives", "scan.pdf", new TextEncoder().encode("%PDF-1.4"))).toEqual({ code: "unsupportedType" });
    expect(await problem("cooperatives", "formula.xlsx", await xlsxFile([FR, [...coop("F-1").slice(0, 7), { formula: "5+7" }, "7", "3"]])))
      .toEqual({ code: "formulas", cells: ["H2"] });
    expect(await problem("cooperatives", "empty.csv", csvFile([]))).toEqual({ code: "empty" });
    expect(await problem("cooperatives", "empty.xlsx", await xlsxFile([]))).toEqual({ code: "empty" });
    expect(await problem("cooperatives", "cols.csv", csvFile([FR.slice(0, 5), ["X", "س", "X", "Apiculture", "Al Manzla"]])))
      .toEqual({ code: "missingColumns", columns: ["members", "womenMembers", "youngMembers"], headers: FR.slice(0, 5) });
    expect(await problem("grants", "coops-as-grants.csv", csvFile([FR, coop("Z")]))).toMatchObject({ code: "missingColumns" });
    expect(await problem("cooperatives", "big.csv", new Uint8Array(50 * 1024 * 1024))).toEqual({ code: "tooLarge" });
  });
});

describe("a 10,000-row file", () => {
  it("previews and imports in one transaction (times printed)", async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => coop(`BULK-${i + 1}`, { 4: i % 2 ? "Al Manzla" : "Tanger", 3: i % 3 ? "Apiculture" : "Artisanat" }));
    const before = await counts();
    let start = performance.now();
    const id = await previewOk("cooperatives", "bulk.csv", csvFile([FR, ...rows]));
    const previewMs = performance.now() - start;
    expect((await batch(id)).newRows).toBe(10_000);
    start = performance.now();
    // The event loop must get turns while the rows are written (after each batch of 500): on SQLite the
    // writes are synchronous, and a server that never yields answers nothing, not even a cached page.
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    await confirmImport(staff, id, false);
    clearInterval(ticker);
    const confirmMs = performance.now() - start;
    console.log(`10,000 cooperative rows: preview ${previewMs.toFixed(0)} ms, confirm ${confirmMs.toFixed(0)} ms, ${turns} event-loop turns`);
    expect(turns).toBeGreaterThanOrEqual(10); // 20 batches; none at all without the yield
    const after = await counts();
    expect([after.cooperatives - before.cooperatives, after.audit - before.audit]).toEqual([10_000, 10_001]);
  }, 120_000);
});
