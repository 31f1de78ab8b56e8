import { describe, expect, it } from "vitest";
import { xlsxFile, xlsxWithWholeSheetMerge } from "@/lib/imports/test-files";
import { readSpreadsheet } from "@/lib/imports/read-file";
import { readXlsxInWorker } from "@/lib/imports/read-xlsx";

describe("reading XLSX in a worker with memory and time limits", () => {
  it("reads a genuine file as before", async () => {
    const result = await readSpreadsheet("cooperatives.xlsx", await xlsxFile([["name", "created"], ["تعاونية الأمل", new Date(Date.UTC(2024, 5, 1))], ["x", 12.5]]));
    expect(result).toEqual({
      ok: true,
      sheet: { rows: [{ line: 1, cells: ["name", "created"] }, { line: 2, cells: ["تعاونية الأمل", "2024-06-01"] }, { line: 3, cells: ["x", "12.5"] }] },
    });
  });

  it("refuses a tiny file whose merged range covers the whole sheet, and this process lives on", async () => {
    const bytes = await xlsxWithWholeSheetMerge();
    expect(bytes.byteLength).toBeLessThan(30_000);
    const before = process.memoryUsage().heapUsed;
    expect(await readXlsxInWorker(bytes, { timeoutMs: 30_000, maxHeapMb: 128 })).toEqual({ ok: false, problem: { code: "tooComplex" } });
    // The allocation happened in the worker: this heap did not take it.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  }, 60_000);

  it("stops a reader that takes longer than its time limit", async () => {
    const bytes = await xlsxFile([["name"], ["a"]]);
    expect(await readXlsxInWorker(bytes, { timeoutMs: 1, maxHeapMb: 128 })).toEqual({ ok: false, problem: { code: "tooComplex" } });
  });

  it("still tells a damaged file and formulas apart from a file that is too complex", async () => {
    expect(await readSpreadsheet("x.xlsx", new TextEncoder().encode("PK\u0003\u0004 not really a zip"))).toEqual({ ok: false, problem: { code: "unreadable" } });
    expect(await readSpreadsheet("x.xlsx", await xlsxFile([["name"], [{ formula: "1+1" }]]))).toEqual({ ok: false, problem: { code: "formulas", cells: ["A2"] } });
  });
});
