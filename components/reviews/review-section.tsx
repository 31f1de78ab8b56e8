import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/actions/form-state";
import type { ApplicationReviews } from "@/lib/reviews/queries";
import { Section } from "@/components/screening/fact-list";
import { ReviewList } from "@/components/reviews/review-list";
import { ReviewForm } from "@/components/reviews/review-form";
import { ConflictForm } from "@/components/reviews/conflict-form";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Props = { data: ApplicationReviews; locale: AppLocale; actions: { save: Action; conflict: Action } | null };

/** Every review, then the signed-in reviewer's own form (or why they cannot score). */
export async function ReviewSection({ data, locale, actions }: Props) {
  const t = await getTranslations("Reviews");
  const own = data.own;
  return (
    <Section id="application-reviews" title={t("title")}>
      <ReviewList data={data} locale={locale} />
      {!data.open && <p className="rounded-md bg-white p-4">{t("notOpen")}</p>}
      {data.open && actions && own?.hasConflict && <p className="rounded-md border border-ochre-700/50 bg-ochre-100 p-3 font-semibold" data-testid="conflict-declared">{t("conflict.declared")}</p>}
      {data.open && actions && !own?.hasConflict && (
        <>
          <ReviewForm action={actions.save} criteria={data.criteria} version={own?.version ?? 0} scores={own?.scores ?? {}} comment={own?.comment ?? ""} total={own?.totalScore ?? null} />
          <ConflictForm action={actions.conflict} version={own?.version ?? 0} />
        </>
      )}
    </Section>
  );
}
