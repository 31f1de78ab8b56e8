// Small pure helpers of the event form, kept apart so the form components stay short.
import type { FormState } from "@/lib/actions/form-state";

/** After any submit (refused, preview) the page shows what was typed; before it, the stored values. */
export function formSource(state: FormState, defaults: Record<string, string>): Record<string, string> {
  return Object.keys(state.values).length > 0 ? state.values : defaults;
}

/**
 * How many presentation rows to show: every row the source has, plus one blank row when the last one is
 * filled. Without JavaScript, "preview" is how one gets another blank row.
 */
export function presentationRowCount(source: Record<string, string>): number {
  let last = -1;
  for (const key of Object.keys(source)) {
    const match = /^presentations\.(\d+)\./.exec(key);
    if (match) last = Math.max(last, Number(match[1]));
  }
  if (last < 0) return 1;
  const lastFilled = Object.entries(source).some(([key, value]) => key.startsWith(`presentations.${last}.`) && value.trim() !== "");
  return Math.min(last + 1 + (lastFilled ? 1 : 0), 50);
}

/** The organisations ticked as partners, in the order of their partners.N names. */
export function checkedPartnerIds(source: Record<string, string>): number[] {
  return Object.entries(source)
    .filter(([key]) => /^partners\.\d+$/.test(key))
    .sort(([a], [b]) => Number(a.split(".")[1]) - Number(b.split(".")[1]))
    .map(([, value]) => Number(value))
    .filter((id) => Number.isSafeInteger(id) && id > 0);
}
