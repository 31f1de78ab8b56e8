"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/types";
import { can } from "@/lib/auth/roles";
import { FormRefusedError } from "@/lib/actions/errors";
import { MAX_FILE_BYTES } from "@/lib/imports/read-file";
import { COMMUNE_COLUMNS, MAX_COMMUNE_ROWS } from "@/lib/territory/import-columns";
import { missingColumnsText } from "@/lib/imports/missing-columns-text";
import type { AppLocale } from "@/lib/i18n/locales";
import { CommuneImportInvalidError, confirmCommuneImport, previewCommuneImport } from "@/lib/territory/import-mutations";
import { initialCommuneImportState, type CommuneImportState } from "@/lib/territory/import-state";

// The rows sent back to confirm are untrusted: bounded here, then checked again in the transaction.
const rowsSchema = z
  .array(z.object({ line: z.number().int().positive(), values: z.record(z.string().max(40), z.string().max(2_000)) }))
  .min(1)
  .max(MAX_COMMUNE_ROWS);

type Access = { user: SessionUser; refusal?: undefined } | { user: null; refusal: "signInRequired" | "forbidden" };

async function allowed(): Promise<Access> {
  const user = await getSessionUser();
  if (!user) return { user: null, refusal: "signInRequired" };
  return can(user.role, "reference.write") ? { user } : { user: null, refusal: "forbidden" };
}

function refused(message: string, formError: string): CommuneImportState {
  return { ...initialCommuneImportState, status: "error", message, formError };
}

async function preview(_previous: CommuneImportState, formData: FormData): Promise<CommuneImportState> {
  const [t, v] = await Promise.all([getTranslations("Imports.problems"), getTranslations("Validation")]);
  const failed = (code: string, message: string): CommuneImportState => refused(message, code);
  const { user, refusal } = await allowed();
  if (!user) return refused(v(refusal), refusal);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return failed("file", t(file instanceof File ? "empty" : "fileRequired"));
  if (file.size > MAX_FILE_BYTES) return failed("file", t("tooLarge"));
  const result = await previewCommuneImport(user, file.name, new Uint8Array(await file.arrayBuffer()));
  if (!result.ok) {
    const { problem } = result;
    if (problem.code === "missingColumns") {
      const columns = COMMUNE_COLUMNS.filter((c) => problem.columns.includes(c.key));
      return failed("file", missingColumnsText(t, (await getLocale()) as AppLocale, columns, problem.headers));
    }
    const details = "cells" in problem ? problem.cells.join(", ") : "";
    return failed("file", t(problem.code, { details }));
  }
  return { status: "preview", fileName: file.name, rows: result.rows, outcomes: result.outcomes, message: null };
}

async function confirm(_previous: CommuneImportState, formData: FormData): Promise<CommuneImportState> {
  const [t, v] = await Promise.all([getTranslations("Territory.import"), getTranslations("Validation")]);
  const { user, refusal } = await allowed();
  if (!user) return refused(v(refusal), refusal);
  const fileName = String(formData.get("fileName") ?? "").slice(0, 200);
  let rows;
  try {
    rows = rowsSchema.parse(JSON.parse(String(formData.get("rows") ?? "")));
  } catch {
    return refused(v("invalid"), "invalid");
  }
  try {
    const counts = await confirmCommuneImport(user, fileName, rows);
    revalidatePath("/[locale]/admin/territory", "layout");
    return { ...initialCommuneImportState, status: "imported", fileName, message: t("imported", { new: counts.newRows, update: counts.updatedRows, unchanged: counts.unchangedRows }) };
  } catch (error) {
    // The records changed since the preview: the same preview, checked again, says which rows and why.
    if (error instanceof CommuneImportInvalidError) return { status: "preview", fileName, rows, outcomes: error.outcomes, message: v(error.code as "invalid", error.params) };
    if (error instanceof FormRefusedError) return { status: "preview", fileName, rows, outcomes: [], message: v(error.code as "invalid", error.params) };
    throw error;
  }
}

/** One action for both steps (one state on the page): `step` says which form was sent. */
export async function communeImportAction(previous: CommuneImportState, formData: FormData): Promise<CommuneImportState> {
  // A crafted request can send anything as the argument: refused like every form action's non-form input.
  if (!(formData instanceof FormData)) return refused((await getTranslations("Validation"))("invalid"), "invalid");
  return formData.get("step") === "confirm" ? confirm(previous, formData) : preview(previous, formData);
}
