import { getTranslations } from "next-intl/server";
import { APPLICATION_STEPS, stepStates, type StepState } from "@/lib/applications/steps";

const MARK: Record<StepState, string> = { done: "✓", current: "●", upcoming: "○" };
const COLOUR: Record<StepState, string> = { done: "border-brand-700 bg-brand-50", current: "border-ochre-700 bg-ochre-100", upcoming: "border-slate-300 bg-white" };

export async function ApplicationSteps({ status, reviewed }: { status: string; reviewed: boolean }) {
  const t = await getTranslations("Apply.follow");
  const states = stepStates(status, reviewed);
  return (
    <section aria-labelledby="steps-title" className="space-y-2">
      <h2 id="steps-title" className="text-xl font-bold text-brand-800">{t("stepsTitle")}</h2>
      <ol className="grid gap-2 md:grid-cols-4">
        {APPLICATION_STEPS.map((step) => (
          <li key={step} aria-current={states[step] === "current" ? "step" : undefined} className={`rounded-md border-2 p-3 ${COLOUR[states[step]]}`}>
            <span aria-hidden="true" className="me-2 font-bold">{MARK[states[step]]}</span>
            <span className="font-semibold">{t(`steps.${step}`)}</span>
            <span className="block text-sm text-slate-700">{t(`stepState.${states[step]}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
