// The event form's slug, suggested from what is typed in the titles (lib/events/slug.ts does the spelling).
import { suggestSlug } from "@/lib/events/slug";

const valueOf = (form: HTMLFormElement, name: string) => {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : "";
};

/** Writes the suggestion into the slug field; returns it ("" when the titles give nothing). */
export function fillSuggestedSlug(form: HTMLFormElement): string {
  const slug = form.elements.namedItem("slug");
  if (!(slug instanceof HTMLInputElement)) return "";
  const suggestion = suggestSlug({ titleFr: valueOf(form, "titleFr"), titleAr: valueOf(form, "titleAr"), date: valueOf(form, "startsAtDate") });
  if (suggestion) slug.value = suggestion;
  return suggestion;
}

/** Typing in these fields updates a slug the user has not written themselves. */
export const SLUG_SOURCES = new Set(["titleFr", "titleAr", "startsAtDate"]);
