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
  /** Why the user may not import at all (no session, or a role without reference.write), as FormState says it. */
  formError?: "signInRequired" | "forbidden";
};

export const initialCommuneImportState: CommuneImportState = { status: "idle", fileName: "", rows: [], outcomes: [], message: null };
