import { describe, expect, it } from "vitest";
import { xlsxFile, xlsxWithWholeSheetMerge } from "@/lib/imports/test-files";
import { readSpreadsheet } from "@/lib/imports/read-file";
import { readXlsxInWorker } from "@/lib/imports/read-xlsx";
import { xlsxReaderQueue } from "@/lib/imports/reader-queue";
import { xlsxBomb } from "@/lib/imports/test-zip-bombs";

// Starting a worker loads exceljs again: seconds when the 2-core machine is busy, hence the 30 s timeouts.
describe("reading XLSX in a worker with memory and time limits", () => {
  it("reads a genuine file as before", async () => {
    const result = await readSpreadsheet("cooperatives.xlsx", await xlsxFile([["name", "created"], ["تعاونية الأمل", new Date(Date.UTC(2024, 5, 1))], ["x", 12.5]]));
    expect(result).toEqual({
      ok: true,
      sheet: { rows: [{ line: 1, cells: ["name", "created"] }, { line: 2, cells: ["تعاونية الأمل", "2024-06-01"] }, { line: 3, cells: ["x", "12.5"] }] },
    });
  }, 30_000);

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
  }, 30_000);

  it("still tells a damaged file and formulas apart from a file that is too complex", async () => {
    expect(await readSpreadsheet("x.xlsx", new TextEncoder().encode("PK\u0003\u0004 not really a zip"))).toEqual({ ok: false, problem: { code: "unreadable" } });
    expect(await readSpreadsheet("x.xlsx", await xlsxFile([["name"], [{ formula: "1+1" }]]))).toEqual({ ok: false, problem: { code: "formulas", cells: ["A2"] } });
  }, 30_000);

  // Issue finding 5: a 433 kB file whose sheet unpacks to 300 MB cost the server +700 MB for 21 s.
  it("refuses a file that unpacks to 300 MB before any reader starts, whether its sizes are honest or not", async () => {
    const [honest, lying] = [await xlsxBomb({ unpackedMb: 300 }), await xlsxBomb({ unpackedMb: 300, declaredBytes: 2_000_000 })];
    const started = performance.now();
    expect(await readSpreadsheet("x.xlsx", honest)).toEqual({ ok: false, problem: { code: "unpackedTooLarge" } });
    expect(await readSpreadsheet("x.xlsx", lying)).toEqual({ ok: false, problem: { code: "unreadable" } });
    // Before the fix, exceljs inflated each and was stopped by the worker's heap limit after 10 to 35 s.
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 60_000);

  it("reads files uploaded at the same time one after the other", async () => {
    const files = await Promise.all([1, 2, 3].map((n) => xlsxFile([["name"], [`coop ${n}`]])));
    // Sampled while they are read (the size checks run first, so the reads reach the queue a little later).
    const most = { running: 0, waiting: 0 };
    const sampler = setInterval(() => {
      const now = xlsxReaderQueue.stats();
      Object.assign(most, { running: Math.max(most.running, now.running), waiting: Math.max(most.waiting, now.waiting) });
    }, 2);
    const results = await Promise.all(files.map((bytes) => readSpreadsheet("x.xlsx", bytes)));
    clearInterval(sampler);
    expect(most).toEqual({ running: 1, waiting: 2 });
    expect(results.map((r) => (r.ok ? r.sheet.rows[1]!.cells[0] : r.problem.code))).toEqual(["coop 1", "coop 2", "coop 3"]);
    expect(xlsxReaderQueue.stats()).toEqual({ running: 0, waiting: 0 });
  }, 60_000);
});
