"use client";
// The upload of an import file. Without JavaScript it is a plain multipart form (the server answers with
// a redirect). With it, the file goes by XMLHttpRequest so the upload's progress can be shown (fetch has
// no upload progress), and the browser then follows the server's redirect.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/forms/field";

export function UploadForm({ action, defaultKind, error }: { action: string; defaultKind: string; error?: string }) {
  const t = useTranslations("Imports");
  const [percent, setPercent] = useState<number | null>(null);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    if (!form.checkValidity()) return;
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open("POST", action);
    request.upload.onprogress = (e) => e.lengthComputable && setPercent(Math.round((e.loaded / e.total) * 100));
    request.upload.onload = () => setPercent(100);
    // The server answers with a redirect (to the preview, or back here with the problem), which the
    // request followed: go where it ended. Anything else: let the browser submit the form itself.
    request.onload = () => (request.status < 400 && request.responseURL !== new URL(action, window.location.href).href
      ? window.location.assign(request.responseURL)
      : form.submit());
    request.onerror = () => form.submit(); // fall back to the plain form
    setPercent(0);
    request.send(new FormData(form));
  };
  const busy = percent !== null;
  return (
    <form method="post" action={action} encType="multipart/form-data" onSubmit={onSubmit} className="space-y-4" aria-busy={busy}>
      <div className="space-y-1">
        <label htmlFor="import-kind" className="block font-semibold">{t("upload.kind")}</label>
        <select id="import-kind" name="kind" required defaultValue={defaultKind} className={inputClass}>
          <option value="">{t("upload.kindChoose")}</option>
          <option value="cooperatives">{t("kinds.cooperatives")}</option>
          <option value="grants">{t("kinds.grants")}</option>
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="import-file" className="block font-semibold">{t("upload.file")}</label>
        <input id="import-file" name="file" type="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`import-file-hint${error ? " import-file-error" : ""}`} aria-invalid={Boolean(error)} className={inputClass} />
        <p id="import-file-hint" className="text-sm text-slate-600">{t("upload.fileHint")}</p>
        {error && <p id="import-file-error" role="alert" className="text-sm font-semibold text-red-800">{error}</p>}
      </div>
      <button type="submit" disabled={busy} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {busy ? t("upload.pending") : t("upload.submit")}
      </button>
      {busy && (
        <div role="status" className="space-y-1">
          <progress max={100} value={percent} className="w-full" aria-label={t("upload.progress", { percent })} />
          <p>{percent < 100 ? t("upload.progress", { percent }) : t("upload.checking")}</p>
        </div>
      )}
    </form>
  );
}
