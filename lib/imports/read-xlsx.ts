// Reads an uploaded XLSX in three steps, each bounding the server's memory:
// 1. what the archive would unpack to (lib/imports/unpacked-size.ts): a file that unpacks beyond the limits,
//    or whose entries are not the size they declare, is refused before exceljs sees it;
// 2. one reader at a time in the process (lib/imports/reader-queue.ts), others wait or are told to retry;
// 3. the reader (lib/imports/xlsx-worker.cjs) in a worker thread with its own memory and time limits: a file
//    that makes exceljs allocate without bound (exceljs 4.4.0's out-of-memory CVEs, see
//    security/dependency-review.md) ends that worker, and the upload is refused as "tooComplex", instead of
//    aborting the server for every user.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ReadResult } from "@/lib/imports/read-file";
import { unpackedSizeProblem } from "@/lib/imports/unpacked-size";
import { xlsxReaderQueue } from "@/lib/imports/reader-queue";

export type XlsxLimits = { timeoutMs: number; maxHeapMb: number };

// A genuine 20,000-row file of 14 columns (the import's row limit) reads in 2 to 5 s and fits in a 128 MB
// heap (not in 96 MB); a crafted file with a merged range over the whole sheet is stopped at the limit after
// a few seconds. 256 MB: twice the genuine need, and with one reader at a time the most a crafted file can
// add to the server (384 MB before one-at-a-time: three at once exceeded 1 GB).
export const XLSX_LIMITS: XlsxLimits = { timeoutMs: 30_000, maxHeapMb: 256 };

const BUSY: ReadResult = { ok: false, problem: { code: "busy" } };

/** An uploaded XLSX file read into rows, or the one reason it cannot be. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const problem = await unpackedSizeProblem(bytes);
  if (problem) return { ok: false, problem: { code: problem } };
  const queued = await xlsxReaderQueue.run(() => readXlsxInWorker(bytes));
  return queued.busy ? BUSY : queued.value;
}

// Started from the project's folder (npm start, tests and CI run there). Not `new Worker(WORKER_FILE)`:
// Turbopack then bundles the worker with its own copy of exceljs, which fails to read any file (and ignores
// a turbopackIgnore comment there). A one-line eval'd boot script that requires the file by its path is
// left alone, so the worker runs lib/imports/xlsx-worker.cjs with exceljs from node_modules.
const WORKER_FILE = path.join(process.cwd(), "lib/imports/xlsx-worker.cjs");
const BOOT = "require(require('node:worker_threads').workerData.file)";

const TOO_COMPLEX: ReadResult = { ok: false, problem: { code: "tooComplex" } };

export function readXlsxInWorker(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): Promise<ReadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(BOOT, {
      eval: true,
      workerData: { file: WORKER_FILE, bytes },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 32 },
      stdout: true, // exceljs logs nothing useful; keep the server's output clean
    });
    let settled = false;
    const settle = (result: ReadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => settle(TOO_COMPLEX), limits.timeoutMs);
    worker.once("message", (result: ReadResult) => settle(result));
    // ERR_WORKER_OUT_OF_MEMORY, or the reader failing in a way its own try/catch did not foresee.
    worker.once("error", (error) => {
      console.error("XLSX reader stopped:", error instanceof Error ? error.message : error);
      settle(TOO_COMPLEX);
    });
    worker.once("exit", () => settle(TOO_COMPLEX));
  });
}
