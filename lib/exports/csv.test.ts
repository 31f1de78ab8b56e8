import { describe, expect, it } from "vitest";
import { centimesToDecimalString } from "@/lib/format/money";
import { CSV_BOM, neutraliseFormula, toCsv } from "./csv";
import { count, money, share, text, type ExportTable } from "./export-table";
import { dashboardTables } from "./dashboard-tables";
import { dashboardT, testDashboard } from "./test-fixtures";

// A strict RFC 4180 reader, to check that what we write reads back cell for cell.
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && input[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const table = (rows: ExportTable["rows"], headers = ["a", "b"]): ExportTable => ({ name: "t", title: "T", notes: [], headers, rows, dir: "rtl" });

describe("toCsv", () => {
  it("starts with a UTF-8 BOM and ends lines with CRLF", () => {
    const csv = toCsv([table([{ cells: [text("x"), count(1)] }])]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1)).toBe("T\r\na,b\r\nx,1\r\n");
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("quotes commas, quotes and line breaks (RFC 4180) and keeps Arabic intact", () => {
    const label = 'دعم, "المقاولات"\nالصغيرة';
    const csv = toCsv([table([{ cells: [text(label), text("طنجة-أصيلة")] }])]);
    expect(csv).toContain('"دعم, ""المقاولات""\nالصغيرة",طنجة-أصيلة\r\n');
    expect(parseCsv(csv.slice(1))[2]).toEqual([label, "طنجة-أصيلة"]);
  });

  it("neutralises text cells that a spreadsheet would run as formulas", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseFormula("مجموع = 3")).toBe("مجموع = 3");
    const csv = toCsv([table([{ cells: [text('=HYPERLINK("http://x")'), text("@SUM(A1)")] }])]);
    expect(parseCsv(csv.slice(1))[2]).toEqual(["'=HYPERLINK(\"http://x\")", "'@SUM(A1)"]);
  });

  it("writes amounts as exact decimal dirhams, counts as integers, shares to 4 places", () => {
    const big = 2n ** 60n + 7n; // beyond a double: still exact
    const csv = toCsv([table([{ cells: [money(1_317_909_105n), money(-5n), money(big), count(12), share(2n, 3n), share(1n, 0n)] }], ["1", "2", "3", "4", "5", "6"])]);
    expect(parseCsv(csv.slice(1))[2]).toEqual(["13179091.05", "-0.05", centimesToDecimalString(big), "12", "0.6667", ""]);
  });
});

describe("the dashboard as CSV", () => {
  const tables = dashboardTables(testDashboard, "ar", dashboardT("ar"));
  const rows = parseCsv(toCsv(tables).slice(1));
  const t = dashboardT("ar");

  it("gives back the dashboard's totals exactly", () => {
    const h = testDashboard.headline;
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value(t("measures.totalCost"))).toBe(centimesToDecimalString(h.totalCostCentimes));
    expect(value(t("measures.indhContribution"))).toBe(centimesToDecimalString(h.indhContributionCentimes));
    expect(value(t("measures.tranchesPaid"))).toBe(centimesToDecimalString(h.tranchesPaidCentimes));
    expect(value(t("measures.grants"))).toBe(String(h.grants));
    // Every breakdown's total row equals the headline, and its rows add up to it to the centime.
    const header = rows.findIndex((r) => r[0] === "الجماعة");
    const costColumn = rows[header]!.indexOf(t("measures.totalCost"));
    const body = rows.slice(header + 1, rows.findIndex((r, i) => i > header && r[0] === t("total")) + 1);
    const cents = (s: string) => BigInt(s.replace(".", ""));
    const total = body.at(-1)![costColumn]!;
    expect(cents(total)).toBe(h.totalCostCentimes);
    expect(body.slice(0, -1).reduce((acc, r) => acc + cents(r[costColumn]!), 0n)).toBe(h.totalCostCentimes);
  });

  it("describes the active filters above every table, in the reader's language", () => {
    expect(rows).toContainEqual(["الفترة: \u20662019\u2060–\u20602025\u2069"]); // isolated: RTL cells keep 2019–2025
    expect(rows).toContainEqual(["البرنامج: برنامج تحسين الدخل والإدماج الاقتصادي للشباب"]);
    const fr = parseCsv(toCsv(dashboardTables(testDashboard, "fr", dashboardT("fr"))).slice(1));
    expect(fr.filter((r) => r[0] === "Période : 2019\u2060–\u20602025")).toHaveLength(tables.length);
  });

  it("keeps Arabic labels and neutralises a formula-like label from the data", () => {
    expect(rows.some((r) => r[0] === "أصيلة")).toBe(true);
    expect(rows.some((r) => r[0] === "'=HYPERLINK(\"http://x\")")).toBe(true);
    expect(rows.some((r) => r[0] === "'-دعم, \"المقاولات\"\nالصغيرة")).toBe(true);
  });
});
