import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { money, share, text, type ExportTable } from "./export-table";
import { dashboardTables } from "./dashboard-tables";
import { MONEY_FORMAT, SHARE_FORMAT, sheetNames, toXlsx } from "./xlsx";
import { dashboardT, testDashboard } from "./test-fixtures";

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

describe("toXlsx", () => {
  it("writes one right-to-left sheet per table with the cell values of the tables", async () => {
    const tables = dashboardTables(testDashboard, "ar", dashboardT("ar"));
    const workbook = await readBack(await toXlsx(tables));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(tables.map((t) => t.name));
    for (const [i, table] of tables.entries()) {
      const sheet = workbook.worksheets[i]!;
      expect(sheet.views[0]?.rightToLeft).toBe(true);
      expect(sheet.getCell(1, 1).value).toBe(table.title);
      const header = 1 + table.notes.length + 2;
      expect(sheet.getRow(header).values).toEqual([undefined, ...table.headers]);
      table.rows.forEach((row, r) => {
        row.cells.forEach((cell, c) => {
          const got = sheet.getCell(header + 1 + r, c + 1);
          if (cell.kind === "text") expect(got.value).toBe(cell.value);
          if (cell.kind === "count") expect(got.value).toBe(cell.value);
          if (cell.kind === "money") {
            expect(BigInt(Math.round((got.value as number) * 100))).toBe(cell.centimes);
            expect(got.numFmt).toBe(MONEY_FORMAT);
          }
          if (cell.kind === "share" && cell.whole !== 0n) expect(got.numFmt).toBe(SHARE_FORMAT);
        });
      });
    }
  });

  it("keeps the headline totals exact and Arabic text intact", async () => {
    const tables = dashboardTables(testDashboard, "ar", dashboardT("ar"));
    const sheet = (await readBack(await toXlsx(tables))).getWorksheet("الأرقام الرئيسية")!;
    const values = new Map<unknown, unknown>();
    sheet.eachRow((row) => values.set(row.getCell(1).value, row.getCell(2).value));
    expect(values.get("الكلفة الإجمالية")).toBe(Number("25129092.54"));
    expect(values.get("الكلفة الإجمالية")).toBe(Number(testDashboard.headline.totalCostCentimes) / 100);
    expect(values.get("التعاونيات الممولة")).toBe(9);
    expect(sheet.getCell(2, 1).value).toBe("الفترة: \u20662019\u2060–\u20602025\u2069"); // an isolated period: RTL cells keep 2019–2025
  });

  it("writes amounts beyond 2^53 centimes as exact text, and French sheets left to right", async () => {
    const big = 2n ** 53n + 1n;
    const table: ExportTable = { name: "Chiffres", title: "T", notes: [], headers: ["a", "b", "c"], rows: [{ cells: [text("=1+1"), money(big), share(1n, 4n)] }], dir: "ltr" };
    const sheet = (await readBack(await toXlsx([table]))).worksheets[0]!;
    expect(sheet.views[0]?.rightToLeft).toBeFalsy();
    expect(sheet.getCell(4, 1).value).toBe("=1+1"); // text, not a formula
    expect(sheet.getCell(4, 2).value).toBe("90071992547409.93");
    expect(sheet.getCell(4, 3).value).toBe(0.25);
  });
});

describe("sheetNames", () => {
  it("follows Excel's rules: 31 characters, no []:*?/\\, unique", () => {
    expect(sheetNames(["a/b", "A/B", "x".repeat(40), "x".repeat(40), "'q'"])).toEqual([
      "a b", "A B (2)", "x".repeat(31), `${"x".repeat(27)} (2)`, "q",
    ]);
  });
});
