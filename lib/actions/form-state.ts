// What every form action returns. `values` are the strings the user submitted, sent back so that a
// refused submit never wipes what was typed (React 19 resets forms after an action).

export type FormStatus = "idle" | "success" | "error" | "conflict";

/** One field another user changed since this form was opened. */
export type ConflictChange = { field: string; theirs: string; yours: string };

export type FormWarning = { code: string; message: string };

export type FormState = {
  status: FormStatus;
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  formError: string | null;
  /** Warnings the user must acknowledge (a checkbox) before the save goes through. */
  warnings: FormWarning[];
  conflict: { changes: ConflictChange[]; currentVersion: number } | null;
  message: string | null;
};

export const initialFormState: FormState = {
  status: "idle",
  values: {},
  fieldErrors: {},
  formError: null,
  warnings: [],
  conflict: null,
  message: null,
};

/** The submitted strings of a form (files and React's internal $ACTION fields left out). */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/**
 * Turns flat form names into nested data: "tranches.1.amount" -> { tranches: [ , { amount } ] }.
 * Holes left by removed rows are dropped, so rows can be deleted in the middle of a list.
 */
export function unflatten(values: Record<string, string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split(".");
    let node: Record<string, unknown> = root;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) {
        node[key] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(keys[i + 1] ?? "");
      node[key] ??= nextIsIndex ? [] : {};
      node = node[key] as Record<string, unknown>;
    });
  }
  return compactArrays(root) as Record<string, unknown>;
}

function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactArrays);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactArrays(v)]));
  }
  return value;
}
