// Spreadsheet files for the import tests, written the way people and Excel write them.
import ExcelJS from "exceljs";

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
