"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { reviewInputSchema } from "@/lib/reviews/schema";
import type { CriterionView } from "@/lib/reviews/queries";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { useValidatedAction } from "@/components/forms/use-validated-action";

type Props = {
  /** saveReviewAction bound to the application id. */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  criteria: CriterionView[];
  /** The reviewer's stored review (0 when they have none yet: the form creates it). */
  version: number;
  scores: Record<number, number>;
  comment: string;
  total: number | null;
};

/** One 0-10 field per criterion of the grid and a comment; the total is computed by the server. */
export function ReviewForm({ action, criteria, version, scores, comment, total }: Props) {
  const t = useTranslations("Reviews.form");
  const [state, formAction, onSubmit] = useValidatedAction(action, reviewInputSchema);
  const currentVersion = state.conflict?.currentVersion ?? version;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4 rounded-md border border-slate-300 bg-white p-4" noValidate>
      <h3 className="text-lg font-bold text-brand-800">{t("title")}</h3>
      <p className="text-sm text-slate-700">{t("help")}</p>
      <FormStatus state={state} />
      {total !== null && <p className="font-semibold" data-testid="own-total">{t("yourTotal", { total })}</p>}
      <input type="hidden" name="version" value={currentVersion} />
      <div className="grid gap-4 sm:grid-cols-3">
        {criteria.map((c, i) => (
          <div key={c.id}>
            <input type="hidden" name={`scores.${i}.criterionId`} value={c.id} />
            <TextField name={`scores.${i}.score`} label={t("score", { label: c.label, weight: c.weight })} hint={t("scoreHint")} state={state} defaultValue={scores[c.id] ?? ""} inputMode="numeric" dir="ltr" required />
          </div>
        ))}
      </div>
      <TextareaField name="comment" label={t("comment")} state={state} defaultValue={comment} rows={3} required />
      <SubmitButton label={t("submit")} pendingLabel={t("saving")} />
    </form>
  );
}
