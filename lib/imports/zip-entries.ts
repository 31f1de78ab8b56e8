// The entries an XLSX file (a ZIP archive) declares in its central directory, read without unpacking
// anything, so that an upload can be judged by what it would unpack to before exceljs sees it.
//
// Why not JSZip (which exceljs uses and we have): its public API gives no entry sizes (only the private
// `_data`), and loading with it already builds every entry object. The central directory is a fixed
// layout (PKWARE APPNOTE 4.3.12, 4.3.16): a record at the end points at one header per entry.

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated: the only two an XLSX uses (and JSZip reads). */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts; its data follows the header's name and extra field. */
  localHeaderOffset: number;
};

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** ZIP64 puts this in a 32-bit field whose real value is elsewhere: no XLSX under 10 MB needs that. */
export const ZIP64_MARKER = 0xffffffff;

/** The central directory's entries, or null when the bytes are not a readable ZIP archive. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end === null) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_HEADER) return null;
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > view.byteLength) return null;
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at = next;
  }
  return entries;
}

/** The entry's compressed bytes (sizes from the central directory: a local header may leave them 0). */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > view.byteLength) return null;
  return bytes.subarray(start, start + entry.compressedSize);
}

/** The end-of-central-directory record: 22 bytes, followed by a comment of at most 65,535 bytes. */
function findEndOfDirectory(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return null;
}
