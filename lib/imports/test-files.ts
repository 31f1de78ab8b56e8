// Spreadsheet files for the import tests, written the way people and Excel write them.
import ExcelJS from "exceljs";
import JSZip from "jszip";

const quote = (cell: string) => (/[",;\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** CSV bytes, UTF-8 with a BOM as Excel saves "CSV UTF-8", with the given separator. */
export function csvFile(rows: string[][], separator = ","): Uint8Array {
  return new TextEncoder().encode("\uFEFF" + rows.map((r) => r.map(quote).join(separator)).join("\r\n") + "\r\n");
}

/** XLSX bytes; a cell given as { formula } is written as a formula. */
export async function xlsxFile(rows: (string | number | Date | { formula: string })[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data");
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * A valid 2-row workbook whose sheet also declares a merged range over the whole sheet (A1:XFD1048576):
 * under 20 kB, it makes exceljs 4.4.0 allocate until the process runs out of memory (its 2026 DoS CVEs).
 */
export async function xlsxWithWholeSheetMerge(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await xlsxFile([["name", "commune"], ["تعاونية", "طنجة"]]));
  const sheetPath = Object.keys(zip.files).find((name) => /worksheets\/sheet1\.xml$/.test(name))!;
  const xml = await zip.file(sheetPath)!.async("string");
  zip.file(sheetPath, xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
  return zip.generateAsync({ type: "uint8array" });
}
