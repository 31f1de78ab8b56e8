import "server-only";
// Communes by spreadsheet, in two steps and without a stored batch: the preview reads the file and checks
// every row, writing nothing; the page sends the rows back to confirm, where they are checked again (they
// come from the browser, so they are untrusted) and written all in one transaction, or none.
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { recordAudit } from "@/lib/audit/mutations";
import { FormRefusedError } from "@/lib/actions/errors";
import { readSpreadsheet, type FileProblem } from "@/lib/imports/read-file";
import type { ImportRow } from "@/lib/imports/table";
import { countOutcomes, type RowOutcome } from "@/lib/imports/outcome";
import { toCommuneTable } from "@/lib/territory/import-columns";
import { checkCommuneRows } from "@/lib/territory/import-check";
import type { Tx } from "@/lib/territory/write-helpers";

export type CommunePreview =
  | { ok: true; rows: ImportRow[]; outcomes: RowOutcome[] }
  | { ok: false; problem: FileProblem | { code: "missingColumns"; columns: string[]; headers: string[] } | { code: "tooManyRows" } };

async function check(tx: Tx, admin: SessionUser, rows: ImportRow[]) {
  const [prefectures, communes] = await Promise.all([
    tx.prefecture.findMany({ select: { id: true, code: true } }),
    tx.commune.findMany({
      where: admin.isNational ? {} : { prefectureId: admin.prefectureId },
      select: { id: true, version: true, prefectureId: true, code: true, nameAr: true, nameFr: true, legalStatus: true, setting: true, alternativeNames: true },
    }),
  ]);
  return checkCommuneRows(rows, {
    admin,
    prefectures: new Map(prefectures.map((p) => [p.code, p.id])),
    communes: new Map(communes.map((c) => [`${c.prefectureId}:${c.code}`, c])),
  });
}

export async function previewCommuneImport(admin: SessionUser, fileName: string, bytes: Uint8Array): Promise<CommunePreview> {
  const read = await readSpreadsheet(fileName, bytes);
  if (!read.ok) return read;
  const table = toCommuneTable(read.sheet);
  if (!table.ok) return table;
  const { outcomes } = await getDb().$transaction((tx) => check(tx, admin, table.rows));
  return { ok: true, rows: table.rows, outcomes };
}

/** Some rows do not (or no longer) pass: nothing is written, and the preview shows why. */
export class CommuneImportInvalidError extends FormRefusedError {
  constructor(readonly outcomes: RowOutcome[]) {
    super("importHasErrors", { count: countOutcomes(outcomes).errorRows });
    this.name = "CommuneImportInvalidError";
  }
}

export async function confirmCommuneImport(admin: SessionUser, fileName: string, rows: ImportRow[]) {
  return getDb().$transaction(async (tx) => {
    const { outcomes, plan } = await check(tx, admin, rows);
    if (outcomes.some((o) => o.outcome === "error")) throw new CommuneImportInvalidError(outcomes);
    const actor = { id: admin.id, email: admin.email };
    const reason = `Import: ${fileName.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200)}`;
    for (const { prefectureId, data } of plan.creates) {
      const after = await tx.commune.create({ data: { ...data, prefectureId }, select: { id: true, prefectureId: true, ...SNAPSHOT } });
      await recordAudit(tx, { actor, prefectureId, action: "CREATE", entityType: "Commune", entityId: after.id, after, reason });
    }
    for (const { id, version, prefectureId, before, data } of plan.updates) {
      // Checked in this transaction already; the version still guards the row itself.
      const { count } = await tx.commune.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw new FormRefusedError("conflict");
      await recordAudit(tx, { actor, prefectureId, action: "UPDATE", entityType: "Commune", entityId: id, before, after: data, reason });
    }
    return countOutcomes(outcomes);
  }, { timeout: 60_000 });
}

const SNAPSHOT = { code: true, nameAr: true, nameFr: true, legalStatus: true, setting: true, alternativeNames: true } as const;
