// What an uploaded XLSX would unpack to, judged before exceljs reads it: exceljs (through JSZip) inflates
// every entry whole into memory, then into one string, so a 307 kB file whose sheet unpacks to 300 MB cost
// the server +700 MB for 21 s, and three at once +2 GB (issue finding 5).
import { createInflateRaw } from "node:zlib";
import { entryData, readZipEntries, ZIP64_MARKER, type ZipEntry } from "@/lib/imports/zip-entries";

export type UnpackedLimits = { maxEntryBytes: number; maxTotalBytes: number; maxRatio: number; ratioFromBytes: number };

const MB = 1024 * 1024;

// Measured on a genuine sheet at the import's limits, 20,000 rows x 14 columns of varied text, dates and
// numbers written by exceljs: 1.7 MB on disk; sheet1.xml 10.3 MB (ratio 8.1), sharedStrings.xml 4.6 MB
// (ratio 10.1), 15 MB in all. The same rows with repetitive content: sheet1.xml 10.3 MB at ratio 12.3.
// Longer texts (names up to 200 characters) could double that, so: 40 MB for one entry and 50 MB in all
// (about 3 times the genuine file), and a ratio of at most 100 (8 times the most repetitive genuine
// sheet) for entries of 1 MB or more; deflate reaches about 1,000 on a sheet of repeated cells.
export const UNPACKED_LIMITS: UnpackedLimits = { maxEntryBytes: 40 * MB, maxTotalBytes: 50 * MB, maxRatio: 100, ratioFromBytes: MB };

export type UnpackedProblem = "unpackedTooLarge" | "unreadable";

/** The sizes the archive declares, against the limits; null when within them. */
export function declaredSizesProblem(entries: ZipEntry[], limits: UnpackedLimits = UNPACKED_LIMITS): UnpackedProblem | null {
  let total = 0;
  for (const entry of entries) {
    const size = entry.uncompressedSize;
    if (size === ZIP64_MARKER || size > limits.maxEntryBytes) return "unpackedTooLarge";
    if (size >= limits.ratioFromBytes && size > limits.maxRatio * Math.max(entry.compressedSize, 1)) return "unpackedTooLarge";
    total += size;
  }
  return total > limits.maxTotalBytes ? "unpackedTooLarge" : null;
}

/**
 * Declared sizes first; then, as declared sizes can lie, each entry is inflated as a stream whose output is
 * counted and dropped, and stopped one chunk past its declared size. Memory stays at a few chunks whatever
 * the file says; the worker's heap limit (lib/imports/read-xlsx.ts) remains the backstop for what exceljs
 * builds from entries within these sizes.
 */
export async function unpackedSizeProblem(bytes: Uint8Array, limits: UnpackedLimits = UNPACKED_LIMITS): Promise<UnpackedProblem | null> {
  const entries = readZipEntries(bytes);
  if (entries === null) return "unreadable";
  const declared = declaredSizesProblem(entries, limits);
  if (declared) return declared;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (data === null) return "unreadable";
    // An entry whose real size differs from its declared one is damaged or crafted: JSZip refuses it too,
    // but only after inflating all of it.
    const actual = entry.method === 0 ? data.byteLength : entry.method === 8 ? await inflatedSize(data, entry.uncompressedSize) : -1;
    if (actual !== entry.uncompressedSize) return "unreadable";
  }
  return null;
}

/** The inflated size of raw deflate data, counted up to `stopAbove` + one chunk; -1 when it is not deflate. */
function inflatedSize(data: Uint8Array, stopAbove: number): Promise<number> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw();
    let size = 0;
    inflater.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > stopAbove) {
        inflater.destroy();
        resolve(size);
      }
    });
    inflater.once("error", () => resolve(-1));
    inflater.once("end", () => resolve(size));
    inflater.end(data);
  });
}
