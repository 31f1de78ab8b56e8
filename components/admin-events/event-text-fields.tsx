import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { MarkdownPreview } from "@/components/admin-events/markdown-preview";

type Props = { state: FormState; defaults: Record<string, string>; live: { bodyAr: string; bodyFr: string } };

/**
 * Summaries, Markdown bodies and source. The preview button's answer (state.values with intent=preview)
 * renders both bodies here without saving; with JavaScript a live preview follows the typing as well.
 */
export function EventTextFields({ state, defaults, live }: Props) {
  const t = useTranslations("AdminEvents.form");
  const previewed = state.values.intent === "preview";
  return (
    <fieldset className="space-y-4 rounded-md border border-slate-200 bg-slate-50/50 p-4">
      <legend className="px-1 text-lg font-bold text-brand-800">{t("texts")}</legend>
      <div className="grid gap-4 md:grid-cols-2">
        <TextareaField name="summaryAr" label={t("summaryAr")} state={state} defaultValue={defaults.summaryAr} dir="rtl" rows={4} required />
        <TextareaField name="summaryFr" label={t("summaryFr")} state={state} defaultValue={defaults.summaryFr} dir="ltr" rows={4} required />
        <TextareaField name="bodyAr" label={t("bodyAr")} hint={t("markdownHint")} state={state} defaultValue={defaults.bodyAr} dir="rtl" rows={14} required />
        <TextareaField name="bodyFr" label={t("bodyFr")} hint={t("markdownHint")} state={state} defaultValue={defaults.bodyFr} dir="ltr" rows={14} required />
      </div>
      {previewed ? (
        <section aria-labelledby="preview-title" className="space-y-2" data-testid="preview">
          <h3 id="preview-title" className="font-bold">{t("previewTitle")}</h3>
          <p role="status" className="text-sm text-slate-700">{t("previewNote")}</p>
          <div className="grid gap-4 md:grid-cols-2">
            <MarkdownPreview source={state.values.bodyAr ?? ""} lang="ar" label={t("bodyAr")} />
            <MarkdownPreview source={state.values.bodyFr ?? ""} lang="fr" label={t("bodyFr")} />
          </div>
        </section>
      ) : (
        <details className="rounded-md border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer font-semibold">{t("livePreview")}</summary>
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            <MarkdownPreview source={live.bodyAr} lang="ar" label={t("bodyAr")} />
            <MarkdownPreview source={live.bodyFr} lang="fr" label={t("bodyFr")} />
          </div>
        </details>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="sourceNameAr" label={t("sourceNameAr")} state={state} defaultValue={defaults.sourceNameAr} dir="rtl" />
        <TextField name="sourceNameFr" label={t("sourceNameFr")} state={state} defaultValue={defaults.sourceNameFr} dir="ltr" />
      </div>
    </fieldset>
  );
}
