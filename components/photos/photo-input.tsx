"use client";
// Photos for a form: one input opens the phone's camera (capture), the other chooses existing pictures;
// both send the field `photos`. Chosen photos are previewed, and the limits are checked at once in the
// browser so nobody waits for an upload to be told it is too much; the server checks everything again
// (lib/photos/uploads.ts). Files cannot be refilled after a refused submit: the hint says so.
// HEIC is not listed: this sharp build cannot decode it, and iPhones send JPEG to an input that does not ask for HEIC.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { MAX_PHOTOS_BYTES, MAX_PHOTOS_PER_FORM } from "@/lib/photos/limits";

const MB = 1024 * 1024;
const fileClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 file:me-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:font-semibold file:text-brand-800";

export function PhotoInput({ state, legend }: { state: FormState; legend: string }) {
  const t = useTranslations("Photos.input");
  const validation = useTranslations("Validation");
  const [previews, setPreviews] = useState<{ key: string; url: string; name: string }[]>([]);
  const error = state.fieldErrors.photos;

  // Object URLs hold the picture in memory until revoked.
  useEffect(() => () => previews.forEach((p) => URL.revokeObjectURL(p.url)), [previews]);

  const onChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const inputs = [...(event.currentTarget.form?.querySelectorAll<HTMLInputElement>('input[name="photos"]') ?? [])];
    const files = inputs.flatMap((input) => [...(input.files ?? [])]);
    const total = files.reduce((sum, f) => sum + f.size, 0);
    const message =
      files.length > MAX_PHOTOS_PER_FORM ? validation("photos.tooMany", { max: MAX_PHOTOS_PER_FORM })
      : total > MAX_PHOTOS_BYTES ? validation("photos.tooMuch", { max: MAX_PHOTOS_BYTES / MB })
      : "";
    for (const input of inputs) input.setCustomValidity(message);
    if (message) event.currentTarget.reportValidity();
    setPreviews(files.filter((f) => f.type.startsWith("image/")).map((f, i) => ({ key: `${i}-${f.name}-${f.size}`, url: URL.createObjectURL(f), name: f.name })));
  };

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-300 bg-white p-4" aria-describedby={error ? "field-photos-error" : "field-photos-hint"}>
      <legend className="px-1 text-lg font-bold text-brand-800">{legend}</legend>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="field-photos-camera" className="block font-semibold text-slate-900">{t("camera")}</label>
          <input id="field-photos-camera" name="photos" type="file" accept="image/*" capture="environment" onChange={onChange} aria-invalid={Boolean(error)} className={fileClass} />
        </div>
        <div className="space-y-1">
          <label htmlFor="field-photos" className="block font-semibold text-slate-900">{t("choose")}</label>
          <input id="field-photos" name="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple onChange={onChange} aria-invalid={Boolean(error)} className={fileClass} />
        </div>
      </div>
      <p id="field-photos-hint" className="text-sm text-slate-600">{t("hint", { max: MAX_PHOTOS_PER_FORM, mb: MAX_PHOTOS_BYTES / MB })}</p>
      {error && <p id="field-photos-error" className="text-sm font-semibold text-red-800">{error}</p>}
      {state.status === "error" && <p className="text-sm text-slate-700">{t("chooseAgain")}</p>}
      {previews.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("chosen")}>
          {previews.map((p) => (
            // A local blob preview of the chosen file, not a served image.
            <li key={p.key}><img src={p.url} alt={p.name} className="size-20 rounded object-cover" /></li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
