// Crafted XLSX files of issue finding 5 for the tests and the reliability suite: a valid workbook whose
// sheet is a few hundred kB compressed and hundreds of MB unpacked (rows of one long repeated cell,
// deflated at level 9: 300 MB in 433 kB), with its sizes declared honestly, or with a small declared size
// that hides the real one.
// Written entry by entry with a small ZIP writer, so the big sheet is streamed and never held whole.
import { createGzip, inflateRawSync } from "node:zlib";
import { entryData, readZipEntries } from "@/lib/imports/zip-entries";
import { xlsxFile } from "@/lib/imports/test-files";

export type BombOptions = { unpackedMb: number; /** Declare this size instead of the real one. */ declaredBytes?: number };

type Entry = { name: string; data: Uint8Array; crc: number; size: number; declared: number };

/**
 * Deflates the chunks as a stream: the compressed data, the CRC-32 and the size of what went in. Through
 * gzip, whose trailer carries zlib's own CRC-32 and size (Node 20 has no zlib.crc32, and a CRC in
 * JavaScript took 7 s over 300 MB); its raw deflate data sits between a 10-byte header and that trailer.
 */
async function deflateChunks(chunks: Iterable<Uint8Array>): Promise<{ data: Uint8Array; crc: number; size: number }> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on("data", (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve) => gzip.once("end", resolve));
  let size = 0;
  for (const chunk of chunks) {
    size += chunk.byteLength;
    if (!gzip.write(chunk)) await new Promise((resolve) => gzip.once("drain", resolve));
  }
  gzip.end();
  await ended;
  const all = Buffer.concat(out);
  return { data: all.subarray(10, all.byteLength - 8), crc: all.readUInt32LE(all.byteLength - 8), size };
}

function* repeatedCellsSheet(unpackedBytes: number): Generator<Uint8Array> {
  const encode = (text: string) => new TextEncoder().encode(text);
  yield encode('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const chunk = encode(`<row><c t="inlineStr"><is><t>${"A".repeat(4000)}</t></is></c></row>`.repeat(250));
  for (let written = 0; written < unpackedBytes; written += chunk.byteLength) yield chunk;
  yield encode("</sheetData></worksheet>");
}

/** A genuine small workbook whose first sheet is replaced by `unpackedMb` MB of one repeated cell. */
export async function xlsxBomb({ unpackedMb, declaredBytes }: BombOptions): Promise<Uint8Array> {
  const base = await xlsxFile([["name"], ["x"]]);
  const entries: Entry[] = [];
  for (const entry of readZipEntries(base)!.filter((e) => !e.name.endsWith("/"))) {
    const isSheet = /worksheets\/sheet1\.xml$/.test(entry.name);
    const original = inflateRawSync(entryData(base, entry)!);
    const packed = await deflateChunks(isSheet ? repeatedCellsSheet(unpackedMb * 1024 * 1024) : [original]);
    entries.push({ name: entry.name, ...packed, declared: isSheet && declaredBytes !== undefined ? declaredBytes : packed.size });
  }
  return writeZip(entries);
}

function writeZip(entries: Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = header(30, name, (v) => {
      v.setUint32(0, 0x04034b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(8, 8, true);
      v.setUint32(14, e.crc, true);
      v.setUint32(18, e.data.byteLength, true);
      v.setUint32(22, e.declared, true);
      v.setUint16(26, name.byteLength, true);
    });
    directory.push(header(46, name, (v) => {
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 20, true);
      v.setUint16(10, 8, true);
      v.setUint32(16, e.crc, true);
      v.setUint32(20, e.data.byteLength, true);
      v.setUint32(24, e.declared, true);
      v.setUint16(28, name.byteLength, true);
      v.setUint32(42, offset, true);
    }));
    parts.push(local, e.data);
    offset += local.byteLength + e.data.byteLength;
  }
  const directorySize = directory.reduce((n, d) => n + d.byteLength, 0);
  const end = header(22, new Uint8Array(0), (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, entries.length, true);
    v.setUint16(10, entries.length, true);
    v.setUint32(12, directorySize, true);
    v.setUint32(16, offset, true);
  });
  return Buffer.concat([...parts, ...directory, end]);
}

/** A fixed-size header followed by the entry's name, its fields written by `fill`. */
function header(size: number, name: Uint8Array, fill: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size + name.byteLength);
  fill(new DataView(bytes.buffer));
  bytes.set(name, size);
  return bytes;
}
