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
 * A form name the forms never send and that must not reach object keys: `__proto__.x` or
 * `constructor.prototype.x` would otherwise write onto Object.prototype for the whole server process, and
 * `tranches.push.x` onto Array.prototype.push. The submission is refused as a whole.
 */
export class UnsafeFieldNameError extends Error {
  constructor(readonly field: string) {
    super(`unsafe form field name: ${field.slice(0, 80)}`);
    this.name = "UnsafeFieldNameError";
  }
}

const FORBIDDEN_SEGMENTS = new Set(["__proto__", "constructor", "prototype"]);
const INDEX = /^\d{1,6}$/;

/** A branch being built: a list (index keys only) or a record. Maps, so no key ever touches a prototype. */
type Branch = { list: boolean; children: Map<string, Branch | string> };

/**
 * Turns flat form names into nested data: "tranches.1.amount" -> { tranches: [ , { amount } ] }.
 * Holes left by removed rows are dropped, so rows can be deleted in the middle of a list.
 * Throws UnsafeFieldNameError for a name with a prototype segment, a non-index key inside a list, or a
 * name that is both a value and a branch ("a" and "a.b"): none comes from the app's forms.
 */
export function unflatten(values: Record<string, string>): Record<string, unknown> {
  const root: Branch = { list: false, children: new Map() };
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split(".");
    if (keys.some((key) => FORBIDDEN_SEGMENTS.has(key))) throw new UnsafeFieldNameError(path);
    let branch = root;
    keys.forEach((key, i) => {
      if (branch.list && !INDEX.test(key)) throw new UnsafeFieldNameError(path);
      const existing = branch.children.get(key);
      if (i === keys.length - 1) {
        if (existing !== undefined && typeof existing !== "string") throw new UnsafeFieldNameError(path);
        branch.children.set(key, value);
        return;
      }
      if (typeof existing === "string") throw new UnsafeFieldNameError(path);
      const next = existing ?? { list: INDEX.test(keys[i + 1] ?? ""), children: new Map() };
      branch.children.set(key, next);
      branch = next;
    });
  }
  return toValue(root) as Record<string, unknown>;
}

/** Lists in index order without their holes; records as null-prototype objects (defence in depth). */
function toValue(node: Branch | string): unknown {
  if (typeof node === "string") return node;
  const entries = [...node.children.entries()];
  if (node.list) return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, child]) => toValue(child));
  const record: Record<string, unknown> = Object.create(null);
  for (const [key, child] of entries) record[key] = toValue(child);
  return record;
}
