// Splits an application's FormData into its text fields and its files, refusing names no application form
// sends (a crafted request's "__proto__", "documents.x.y", a file where text is expected...). Shared by the
// public and the paper actions.
import { submittedValues } from "@/lib/actions/form-state";
import type { Upload } from "@/lib/files/check";
import { APPLICATION_FIELD_NAMES } from "@/lib/applications/schema";

const DOCUMENT_FIELD = /^documents\.\d{1,9}$/;

export type SplitForm = { values: Record<string, string>; uploads: Upload[] } | { unexpected: string };

export function splitApplicationForm(formData: FormData, extraTextFields: readonly string[]): SplitForm {
  const allowed = new Set([...APPLICATION_FIELD_NAMES, ...extraTextFields]);
  const uploads: Upload[] = [];
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("$ACTION")) continue; // React's own fields of a form posted without JavaScript
    if (typeof value === "string") {
      // An empty file input sends nothing useful; a string under a file's name is a crafted request.
      if (!allowed.has(name)) return { unexpected: name };
      continue;
    }
    if (!DOCUMENT_FIELD.test(name)) return { unexpected: name };
    // A file input left empty is posted as a nameless empty file: not a file the applicant chose.
    if (value.size === 0 && value.name === "") continue;
    uploads.push({ field: name, file: value });
  }
  return { values: submittedValues(formData), uploads };
}
