import type { ImportRow } from "@/lib/imports/table";
import type { RowOutcome } from "@/lib/imports/outcome";

/** What the commune import page shows after each step. `rows` go back with the confirmation. */
export type CommuneImportState = {
  status: "idle" | "preview" | "imported" | "error";
  fileName: string;
  rows: ImportRow[];
  outcomes: RowOutcome[];
  /** A translated message: the file's problem, or what was imported. */
  message: string | null;
  /** With status "error", the refusal's code, as FormState's formError says it: "signInRequired",
   * "forbidden", "invalid" (rows not from a preview, or not a form at all) or "file" (the file's problem). */
  formError?: string;
};

export const initialCommuneImportState: CommuneImportState = { status: "idle", fileName: "", rows: [], outcomes: [], message: null };
