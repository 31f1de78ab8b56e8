// The readable trail end to end on a real database (SQLite, or PostgreSQL with TEST_DATABASE=postgres): a
// grant created and edited through the real mutations stores the names of what it points to; the auditor
// finds the edit by record name, user and period; the export holds the same readable rows in CSV and XLSX.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { setUpGrantFixtures, type GrantFixtures } from "@/lib/grants/test-fixtures";
import { createGrant, updateGrant } from "@/lib/grants/mutations";
import { toCsv } from "@/lib/exports/csv";
import { toXlsx } from "@/lib/exports/xlsx";
import { parseAuditFilters } from "./filters";
import { listAuditEntries } from "./queries-page";
import { presentChanges } from "./present";
import { messagesTranslator } from "./translate";
import { auditExportTable } from "./export";

let f: GrantFixtures;
let auditor: SessionUser;
let grantId: number;
let adsId: number;
const bare = (s: string | null) => s && s.replace(/[\u2066\u2067]/g, "").replace(/[\u200e\u200f\u2068\u2069\u00a0\u202f]/g, " ").replace(/\s+/g, " ").trim();

beforeAll(async () => {
  const db = getDb();
  f = await setUpGrantFixtures();
  auditor = { ...f.staff, id: 0, email: "auditor@write.test", role: "AUDITOR" };
  const ads = await db.organisation.create({ data: { prefectureId: f.staff.prefectureId, code: "ADS-T", kind: "PUBLIC_AGENCY", nameAr: "وكالة التنمية الاجتماعية", nameFr: "Agence de développement social" } });
  adsId = ads.id;
  grantId = (await createGrant(f.staff, f.base)).id;
  // The edit: ODCO's 50,000 MAD replaced by ADS's 60,000 MAD, and the INDH contribution lowered to 290,000.
  await updateGrant(f.staff, grantId, {
    ...f.base, version: 1, indhContributionCentimes: 29_000_000n, beneficiaryContributionCentimes: 15_000_000n, totalCostCentimes: 50_000_000n,
    partnerContributions: [{ organisationId: ads.id, amountCentimes: 6_000_000n }],
    tranches: [{ plannedOn: new Date("2024-04-01T00:00:00Z"), amountCentimes: 29_000_000n, paidOn: null }],
  });
  // Renamed afterwards: the history keeps the name the partner had at the time of the edit.
  await db.organisation.update({ where: { id: ads.id }, data: { nameFr: "ADS renommée", nameAr: "اسم جديد" } });
});

const today = () => new Intl.DateTimeFormat("en-GB", { timeZone: "Africa/Casablanca" }).format(new Date());

describe("the readable audit trail", () => {
  it("finds the edit by record name, user name and a day-first period, only in the reader's prefecture", async () => {
    const filters = parseAuditFilters({ entityType: "Grant", record: "Équipements", userEmail: "staff@write", action: "UPDATE", from: today(), to: today() });
    const { entries, total } = await listAuditEntries(auditor, filters);
    expect(total).toBe(1);
    expect(entries[0]).toMatchObject({ entityId: String(grantId), action: "UPDATE", userEmail: "staff@write.test" });
    // The other prefecture's grant has the same title: a national reader sees both creations, the auditor one.
    const creations = parseAuditFilters({ entityType: "Grant", record: "Équipements", action: "CREATE" });
    expect((await listAuditEntries(auditor, creations)).total).toBe(1);
    expect((await listAuditEntries(f.national, creations)).total).toBe(2);
    expect((await listAuditEntries(auditor, parseAuditFilters({ record: String(grantId), entityType: "Grant" }))).total).toBe(2);
  });

  it("reads the edit with the form's labels, MAD and the partners' names as they were", async () => {
    const { entries, currentNames } = await listAuditEntries(auditor, parseAuditFilters({ entityType: "Grant", action: "UPDATE", record: String(grantId) }));
    const rows = (locale: "ar" | "fr") => presentChanges(entries[0]!, { locale, t: messagesTranslator(locale), currentNames }).map((r) => [bare(r.label), r.change, bare(r.before), bare(r.after)]);
    expect(rows("fr")).toEqual([
      ["Contribution de l'INDH (MAD)", "changed", "300.000,00 MAD", "290.000,00 MAD"],
      ["Contributions des partenaires · Agence de développement social", "added", null, "60.000,00 MAD"],
      ["Contributions des partenaires · Délégation régionale de l'Office du développement de la coopération", "removed", "50.000,00 MAD", null],
      ["Tranches de la contribution INDH · Tranche 1", "changed", "01/04/2024 · 300.000,00 MAD", "01/04/2024 · 290.000,00 MAD"],
    ]);
    expect(rows("ar")[1]).toEqual(["مساهمات الشركاء · وكالة التنمية الاجتماعية", "added", null, "60.000,00 د.م."]);
  });

  it("exports the filtered trail as CSV and XLSX with the readable columns", async () => {
    const filters = parseAuditFilters({ entityType: "Grant", record: String(grantId) });
    const table = await auditExportTable(auditor, filters, "fr", new Date());
    expect(table.headers).toEqual(["Date et heure", "Utilisateur", "Action", "Type d'enregistrement", "Enregistrement", "Identifiant", "Champ", "Changement", "Avant", "Après", "Motif"]);
    expect(table.notes.join("\n")).toContain("Type d'enregistrement : Projet financé");
    const csv = Papa.parse<string[]>(toCsv([table]).replace(/^\uFEFF/, "")).data;
    const line = csv.find((cells) => cells.includes("Contributions des partenaires · Agence de développement social"))!;
    expect(line.slice(1, 6)).toEqual(["staff@write.test <staff@write.test>", "Modification", "Projet financé", "Équipements", String(grantId)]);
    expect(line.slice(7, 10).map(bare)).toEqual(["Ajouté", "", "60.000,00 MAD"]);
    expect(line[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toXlsx([await auditExportTable(auditor, filters, "ar", new Date())])) as unknown as ArrayBuffer);
    const values = workbook.worksheets[0]!.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map((c) => String(c ?? "")) : []));
    expect(values).toContain("مساهمات الشركاء · وكالة التنمية الاجتماعية");
    expect(values.map(bare)).toContain("290.000,00 د.م.");
    expect(workbook.worksheets[0]!.views[0]?.rightToLeft).toBe(true);
  });
});
