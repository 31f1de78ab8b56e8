import { getTranslations } from "next-intl/server";

type Step = "received" | "screening" | "review" | "decision";
type StepState = "done" | "current" | "upcoming";
const STEPS: Step[] = ["received", "screening", "review", "decision"];
const DECIDED = new Set(["APPROVED", "DEFERRED", "REJECTED"]);

/** Where an application stands, from its status alone (what the applicant may know). */
export function stepStates(status: string, reviewed: boolean): Record<Step, StepState> {
  if (DECIDED.has(status)) return { received: "done", screening: "done", review: "done", decision: "done" };
  if (status === "INELIGIBLE" || status === "WITHDRAWN") return { received: "done", screening: "done", review: "upcoming", decision: "upcoming" };
  if (status === "ELIGIBLE") return { received: "done", screening: "done", review: reviewed ? "done" : "current", decision: reviewed ? "current" : "upcoming" };
  return { received: "done", screening: "current", review: "upcoming", decision: "upcoming" };
}

const MARK: Record<StepState, string> = { done: "✓", current: "●", upcoming: "○" };
const COLOUR: Record<StepState, string> = { done: "border-brand-700 bg-brand-50", current: "border-ochre-700 bg-ochre-100", upcoming: "border-slate-300 bg-white" };

export async function ApplicationSteps({ status, reviewed }: { status: string; reviewed: boolean }) {
  const t = await getTranslations("Apply.follow");
  const states = stepStates(status, reviewed);
  return (
    <section aria-labelledby="steps-title" className="space-y-2">
      <h2 id="steps-title" className="text-xl font-bold text-brand-800">{t("stepsTitle")}</h2>
      <ol className="grid gap-2 md:grid-cols-4">
        {STEPS.map((step) => (
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
