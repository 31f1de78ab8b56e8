"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { TextField } from "@/components/forms/text-field";
import { fillSuggestedSlug } from "@/components/admin-events/slug-suggestion";

/**
 * The address of the public page, with a button that proposes it from the titles. The server still checks
 * its format and that no other event uses it.
 */
export function SlugField({ state, defaultValue }: { state: FormState; defaultValue?: string }) {
  const t = useTranslations("AdminEvents.form");
  const help = useTranslations("FormHelp");
  const suggest = (event: React.MouseEvent<HTMLButtonElement>) => {
    const form = event.currentTarget.form;
    if (!form || !fillSuggestedSlug(form)) return;
    // Counts as the user's own input: the unsaved-changes guard sees it, and auto-suggestion stops.
    const slug = form.elements.namedItem("slug");
    if (slug instanceof HTMLInputElement) slug.dispatchEvent(new Event("input", { bubbles: true }));
  };
  return (
    <div className="space-y-2">
      <TextField name="slug" label={t("slug")} hint={`${t("slugHint")} ${help("slugSuggestedHint")}`} state={state} defaultValue={defaultValue} dir="ltr" required />
      <button type="button" onClick={suggest} className="rounded-md border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50">
        {help("suggestSlug")}
      </button>
    </div>
  );
}
