"use client";
// One photo on a staff page: its caption and alternative text in both languages, whether it is public, and
// its deletion. Inputs carry the photo's id in their ids, so several editors can share a page.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { photoDetailsSchema } from "@/lib/photos/schema";
import type { PhotoView } from "@/lib/photos/queries";
import { useValidatedAction } from "@/components/forms/use-validated-action";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { inputClass } from "@/components/forms/field";
import { PhotoImage } from "@/components/photos/photo-image";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
const TEXTS = [
  ["captionAr", "rtl"], ["captionFr", "ltr"], ["altAr", "rtl"], ["altFr", "ltr"],
] as const;

export function PhotoEditor({ photo, saveAction, deleteAction, canWrite }: { photo: PhotoView; saveAction: Action; deleteAction: Action; canWrite: boolean }) {
  const t = useTranslations("Photos.editor");
  const [state, formAction, onSubmit] = useValidatedAction(saveAction, photoDetailsSchema);
  const [deleteState, deleteFormAction] = useActionState(deleteAction, initialFormState);
  const id = (field: string) => `photo-${photo.id}-${field}`;
  const value = (field: (typeof TEXTS)[number][0]) => (field in state.values ? state.values[field] : photo[field]);
  const isPublic = state.status === "idle" ? photo.isPublic : state.values.isPublic === "on";
  return (
    <li className="space-y-3 rounded-lg border border-slate-300 bg-white p-3" data-testid="photo-editor">
      <PhotoImage photo={{ ...photo, alt: photo.alt || t("noAlt") }} sizes="(min-width: 768px) 22rem, 100vw" className="h-auto w-full rounded" />
      <p className="text-sm">
        <span className={`rounded px-2 py-0.5 font-semibold ${photo.isPublic ? "bg-brand-50 text-brand-800" : "bg-slate-100 text-slate-800"}`}>{photo.isPublic ? t("public") : t("private")}</span>
      </p>
      {canWrite && (
        <>
          <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-2">
            <FormStatus state={state} guard={false} fieldLabel={(f) => (t.has(f as "captionAr") ? t(f as "captionAr") : f)} />
            <input type="hidden" name="version" value={state.conflict?.currentVersion ?? photo.version} />
            {TEXTS.map(([field, dir]) => {
              const error = state.fieldErrors[field];
              return (
                <div key={field} className="space-y-1">
                  <label htmlFor={id(field)} className="block text-sm font-semibold text-slate-900">{t(field)}</label>
                  <input id={id(field)} name={field} dir={dir} defaultValue={value(field)} key={`${field}-${value(field)}`} aria-invalid={Boolean(error)} aria-describedby={error ? id(`${field}-error`) : undefined} className={inputClass} />
                  {error && <p id={id(`${field}-error`)} className="text-sm font-semibold text-red-800">{error}</p>}
                </div>
              );
            })}
            <div className="flex items-center gap-2">
              <input id={id("isPublic")} type="checkbox" name="isPublic" defaultChecked={isPublic} key={String(isPublic)} aria-describedby={id("isPublic-hint")} className="size-5 accent-brand-700" />
              <label htmlFor={id("isPublic")} className="font-semibold text-slate-900">{t("isPublic")}</label>
            </div>
            <p id={id("isPublic-hint")} className="text-sm text-slate-600">{t("publicHint")}</p>
            <SubmitButton label={t("save")} pendingLabel={t("saving")} />
          </form>
          <form action={deleteFormAction} onSubmit={(e) => { if (!window.confirm(t("confirmDelete"))) e.preventDefault(); }} className="space-y-2">
            <FormStatus state={deleteState} guard={false} />
            <input type="hidden" name="version" value={photo.version} />
            <button type="submit" className="text-sm font-semibold text-red-800 underline">{t("delete")}</button>
          </form>
        </>
      )}
    </li>
  );
}
