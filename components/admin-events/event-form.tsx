"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import type { EventFormOptions } from "@/lib/events/types";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { EventDetailsFields } from "@/components/admin-events/event-details-fields";
import { EventTextFields } from "@/components/admin-events/event-text-fields";
import { PresentationRows } from "@/components/admin-events/presentation-rows";
import { formSource, presentationRowCount } from "@/components/admin-events/form-helpers";
import { fillSuggestedSlug, SLUG_SOURCES } from "@/components/admin-events/slug-suggestion";
import { FiledUnder } from "@/components/filing/filed-under";

type Props = {
  /** createEventAction, or updateEventAction.bind(null, id). */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** The stored event as form strings (toFormValues), or {} for a new one. */
  defaults: Record<string, string>;
  /** The version the edit form was opened at; absent when creating. */
  version?: number;
  options: EventFormOptions;
  cancelHref: string;
  /** A national user's new event: the prefecture chosen above the form, sent with it. */
  filedUnder?: { id: number; name: string };
};

// A second submit button: same action, intent=preview, nothing is written (works without JavaScript).
function PreviewButton({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name="intent" value="preview" disabled={pending} className="rounded-md border border-brand-700 px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
      {label}
    </button>
  );
}

/**
 * Adds a blank presentation row. Without JavaScript it is a preview submit (nothing written), whose answer
 * shows one more blank row; in the browser it adds the row at once and moves the focus into it.
 */
function AddPresentationButton({ label, onAdd }: { label: string; onAdd: () => void }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name="intent"
      value="preview"
      disabled={pending}
      onClick={(e) => {
        e.preventDefault();
        onAdd();
      }}
      className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
    >
      <span aria-hidden="true">+ </span>
      {label}
    </button>
  );
}

export function EventForm({ action, defaults, version, options, cancelHref, filedUnder }: Props) {
  const t = useTranslations("AdminEvents.form");
  const help = useTranslations("FormHelp");
  const [state, formAction] = useActionState(action, initialFormState);
  const source = formSource(state, defaults);
  const [live, setLive] = useState({ bodyAr: source.bodyAr ?? "", bodyFr: source.bodyFr ?? "" });
  const [rows, setRows] = useState(0);
  const focusRow = useRef<number | null>(null);
  // The slug follows the titles until the user writes one (a new event starts with none).
  const slugFollowsTitles = useRef(!source.slug);
  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(`field-presentations-${focusRow.current}-titleAr`)?.focus();
    focusRow.current = null;
  }, [rows]);
  const addPresentation = () => {
    const next = Math.max(rows, presentationRowCount(source)) + 1;
    focusRow.current = next - 1;
    setRows(next);
  };
  // After a conflict the form carries the newer version, so saving again confirms the user's values.
  const formVersion = state.conflict?.currentVersion ?? (state.values.version ? Number(state.values.version) : version);
  const fieldLabel = (field: string) => {
    const row = /^presentations\.(\d+)\.(\w+)$/.exec(field);
    if (row) return `${t("presentationRow", { number: Number(row[1]) + 1 })} — ${t(`presentation.${row[2]}` as "presentation.titleAr")}`;
    if (/^partners\.\d+$/.test(field)) return t("partners");
    return t.has(field as "slug") ? t(field as "slug") : field;
  };
  const onInput = (e: React.FormEvent<HTMLFormElement>) => {
    const target = e.target as HTMLTextAreaElement;
    if (target.name === "bodyAr" || target.name === "bodyFr") setLive((l) => ({ ...l, [target.name]: target.value }));
    if (target.name === "slug") slugFollowsTitles.current = target.value.trim() === "";
    else if (SLUG_SOURCES.has(target.name) && slugFollowsTitles.current) fillSuggestedSlug(e.currentTarget);
  };
  return (
    <form action={formAction} onInput={onInput} className="space-y-6" noValidate>
      <FormStatus state={state} fieldLabel={fieldLabel} />
      {formVersion !== undefined && <input type="hidden" name="version" value={formVersion} />}
      {filedUnder && <FiledUnder kind="event" prefecture={filedUnder} error={state.fieldErrors.prefectureId} />}
      <EventDetailsFields state={state} defaults={defaults} options={options} />
      <EventTextFields state={state} defaults={defaults} live={live} />
      <fieldset className="space-y-3">
        <legend className="text-lg font-bold text-brand-800">{t("presentations")}</legend>
        <p className="text-sm text-slate-600">{t("presentationsHint")}</p>
        <PresentationRows state={state} defaults={defaults} organisations={options.organisations} minRows={rows} />
        <div className="flex flex-wrap items-center gap-3">
          <AddPresentationButton label={help("addPresentation")} onAdd={addPresentation} />
          <p className="text-sm text-slate-600">{help("addPresentationHint")}</p>
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={t("save")} pendingLabel={t("saving")} />
        <PreviewButton label={t("preview")} />
        <Link href={cancelHref} className="underline">{t("cancel")}</Link>
      </div>
    </form>
  );
}
