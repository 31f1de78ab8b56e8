// Reads an uploaded XLSX file into rows of text cells, in a worker thread (lib/imports/read-xlsx.ts).
//
// Why a worker, and why plain JavaScript: exceljs 4.4.0 (the last release) allocates without bound on some
// tiny crafted files (huge merged ranges, data-validation ranges, row or column numbers), and running out of
// memory aborts the whole process. Here it aborts only this worker, which has its own memory limit and a
// time limit. The worker is started from a file path, outside Next's bundles, so it cannot be TypeScript.
"use strict";
const { parentPort, workerData } = require("node:worker_threads");
const ExcelJS = require("exceljs");

/** A cell as the import reads it: text, dates as YYYY-MM-DD, numbers without trailing zeros. */
function cellText(value) {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10); // exceljs reads dates as UTC midnight
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, "");
  if (typeof value === "string" || typeof value === "boolean") return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return "";
}

async function read(bytes) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  } catch {
    return { ok: false, problem: { code: "unreadable" } };
  }
  // The first sheet with anything in it (a template's instructions come second).
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return { ok: false, problem: { code: "empty" } };
  const rows = [];
  const formulas = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const value = cell.value;
      if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) formulas.push(cell.address);
      cells[col - 1] = cellText(value);
    });
    rows.push({ line, cells: Array.from(cells, (c) => c ?? "") });
  });
  // A formula's cached result may be stale or absent; refuse rather than import a value nobody typed.
  if (formulas.length > 0) return { ok: false, problem: { code: "formulas", cells: formulas.slice(0, 5) } };
  return { ok: true, sheet: { rows } };
}

read(workerData.bytes).then((result) => parentPort.postMessage(result));
