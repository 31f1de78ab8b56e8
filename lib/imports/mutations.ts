import "server-only";
// An import in two steps. Preview: read the file, check every row, keep rows and outcomes in an
// ImportBatch (nothing else is written). Confirm: check the kept rows again against the records as they
// are now and write them all in one transaction, or nothing.
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/mutations";
import { FormRefusedError, RecordNotFoundError } from "@/lib/actions/errors";
import type { ImportKind } from "@/lib/imports/columns";
import { MAX_ROWS, readSpreadsheet, type FileProblem } from "@/lib/imports/read-file";
import { toImportTable, type ImportRow, type TableProblem } from "@/lib/imports/table";
import { checkRows } from "@/lib/imports/check-rows";
import { countOutcomes, type RowOutcome } from "@/lib/imports/outcome";
import { writeCooperatives, type WriteContext } from "@/lib/imports/write-cooperatives";
import { writeGrants } from "@/lib/imports/write-grants";
import { forgetImportProgress, reportImportProgress } from "@/lib/imports/progress";

export type PreviewProblem = FileProblem | Exclude<TableProblem, { code: "tooManyRows" }> | { code: "tooManyRows" };
export type PreviewResult = { ok: true; batchId: number } | { ok: false; problem: PreviewProblem };

// The file's name is only shown back: control characters are dropped. PostgreSQL text cannot hold NUL at all
// (a name with one made the preview fail there: found by `npm run test:reliability:pg`).
const shownFileName = (name: string) => name.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200);

export async function previewImport(user: SessionUser, kind: ImportKind, fileName: string, bytes: Uint8Array): Promise<PreviewResult> {
  const read = await readSpreadsheet(fileName, bytes);
  if (!read.ok) return read;
  const table = toImportTable(kind, read.sheet, MAX_ROWS);
  if (!table.ok) return table;
  const prefectureId = user.prefectureId;
  const batch = await getDb().$transaction(async (tx) => {
    const { outcomes } = await checkRows(tx, prefectureId, kind, table.rows);
    return tx.importBatch.create({
      data: {
        prefectureId, userId: user.id, kind, fileName: shownFileName(fileName), status: "PREVIEWED",
        rows: JSON.stringify(table.rows), outcomes: JSON.stringify(outcomes), ignoredHeaders: table.ignoredHeaders.join("\n"),
        ...countOutcomes(outcomes),
      },
      select: { id: true },
    });
  }, { timeout: 60_000 });
  return { ok: true, batchId: batch.id };
}

/** Some rows do not pass (or no longer pass, the records having changed since the preview): the preview is updated. */
export class ImportNoLongerValidError extends FormRefusedError {
  constructor(readonly errorRows: number) {
    super("importHasErrors", { count: errorRows });
    this.name = "ImportNoLongerValidError";
  }
}

/** Rows with eligibility warnings are written only once the user ticked that they read them. */
export class ImportWarningsNotAcknowledgedError extends FormRefusedError {
  constructor(readonly warningRows: number) {
    super("importWarningsNotAcknowledged", { count: warningRows });
    this.name = "ImportWarningsNotAcknowledgedError";
  }
}

// Ids come from bound actions: anything but a positive integer cannot be a batch.
const findPreviewed = async (user: SessionUser, batchId: number) =>
  Number.isSafeInteger(batchId) && batchId > 0
    ? getDb().importBatch.findFirst({ where: { id: batchId, status: "PREVIEWED", ...prefectureScope(user) } })
    : null;

/** `viewer`: the confirming session's token hash, which may then read the progress from memory. */
export async function confirmImport(user: SessionUser, batchId: number, acknowledgeWarnings: boolean, viewer: string | null = null) {
  const batch = await findPreviewed(user, batchId);
  if (!batch) throw new RecordNotFoundError();
  const kind = batch.kind as ImportKind;
  const rows = JSON.parse(batch.rows) as ImportRow[];
  const db = getDb();
  let recheck: RowOutcome[] | null = null;
  try {
    // Known from now on, before the rows are checked again: the progress route answers this session from
    // memory while the transaction runs (lib/imports/progress.ts).
    reportImportProgress(batch.id, 0, 0, viewer);
    return await db.$transaction(async (tx) => {
      const { outcomes, plan } = await checkRows(tx, batch.prefectureId, kind, rows);
      const counts = countOutcomes(outcomes);
      if (counts.errorRows > 0) {
        recheck = outcomes;
        throw new ImportNoLongerValidError(counts.errorRows);
      }
      if (counts.warningRows > 0 && !acknowledgeWarnings) {
        throw new ImportWarningsNotAcknowledgedError(counts.warningRows);
      }
      const total = counts.newRows + counts.updatedRows;
      let done = 0;
      const ctx: WriteContext = {
        tx, prefectureId: batch.prefectureId, actor: { id: user.id, email: user.email }, reason: `Import: ${batch.fileName} (#${batch.id})`,
        // After each batch of 500 rows the event loop gets a turn: on SQLite the writes are synchronous,
        // and without it the server would answer nothing (not even a cached page or a script file) until
        // the whole import is written. Queries of other requests still wait for the transaction's end.
        progress: async (n) => {
          reportImportProgress(batch.id, (done += n), total);
          await new Promise((resolve) => setImmediate(resolve));
        },
      };
      reportImportProgress(batch.id, 0, total, viewer);
      if (plan.kind === "cooperatives") await writeCooperatives(ctx, plan.plan);
      else {
        const warningsByLine = new Map(outcomes.filter((o) => o.warnings.length > 0).map((o) => [o.line, o.warnings]));
        await writeGrants(ctx, plan.plan, { userId: user.id, at: new Date(), warningsByLine });
      }
      const imported = await tx.importBatch.update({
        where: { id: batch.id },
        data: { status: "IMPORTED", importedAt: new Date(), outcomes: JSON.stringify(outcomes), ...counts },
        select: { id: true, newRows: true, updatedRows: true, unchangedRows: true },
      });
      await recordAudit(tx, {
        actor: ctx.actor, prefectureId: batch.prefectureId, action: "IMPORT", entityType: "ImportBatch", entityId: batch.id,
        after: { kind, fileName: batch.fileName, rows: counts.totalRows, created: counts.newRows, updated: counts.updatedRows, unchanged: counts.unchangedRows },
      });
      return imported;
    }, { timeout: 300_000, maxWait: 30_000 });
  } finally {
    forgetImportProgress(batch.id);
    // Outside the rolled-back transaction: the preview shows what the records now make of the rows.
    if (recheck) {
      const outcomes: RowOutcome[] = recheck;
      await db.importBatch.update({ where: { id: batch.id }, data: { outcomes: JSON.stringify(outcomes), ...countOutcomes(outcomes) } });
    }
  }
}

/** Drops a preview the user does not want: the rows are kept (status DISCARDED) but can no longer be confirmed. */
export async function discardImport(user: SessionUser, batchId: number): Promise<void> {
  const batch = await findPreviewed(user, batchId);
  if (!batch) throw new RecordNotFoundError();
  await getDb().importBatch.update({ where: { id: batch.id }, data: { status: "DISCARDED" } });
}
