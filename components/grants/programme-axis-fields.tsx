"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import type { AxisOption, Option } from "@/lib/grants/types";
import { SelectField } from "@/components/forms/select-field";

type Props = { state: FormState; programmes: Option[]; axes: AxisOption[]; defaults: Record<string, string> };

const submittedOr = (state: FormState, name: string, fallback: string | undefined) => (name in state.values ? (state.values[name] ?? "") : (fallback ?? ""));

/**
 * The programme, then the axis among that programme's axes only. Without JavaScript every axis is offered,
 * labelled with its programme; the server refuses an axis of another programme either way.
 */
export function ProgrammeAxisFields({ state, programmes, axes, defaults }: Props) {
  const t = useTranslations("Grants.form");
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const initialProgramme = submittedOr(state, "programmeId", defaults.programmeId);
  const [programmeId, setProgrammeId] = useState(initialProgramme);
  // The axis chosen last, kept without re-rendering: a re-render on each choice would rebuild the select
  // under the keyboard. It is read when the programme changes.
  const axisId = useRef(submittedOr(state, "axisId", defaults.axisId));
  // After a refused submit the form shows what was submitted: follow it.
  useEffect(() => {
    setProgrammeId(submittedOr(state, "programmeId", defaults.programmeId));
    axisId.current = submittedOr(state, "axisId", defaults.axisId);
  }, [state]);

  const ofProgramme = axes.filter((a) => String(a.programmeId) === programmeId);
  const filtered = enhanced && programmeId !== "";
  const axisOptions = filtered ? ofProgramme.map((a) => ({ value: a.value, label: a.name })) : axes;
  // An axis of another programme is dropped when the programme changes, never sent with it.
  const axisDefault = !filtered || ofProgramme.some((a) => String(a.value) === axisId.current) ? axisId.current : "";
  const hint = filtered && ofProgramme.length === 0 ? t("noAxisInProgramme") : filtered ? t("axisOfProgramme") : t("axisHint");
  return (
    <>
      <div onChange={(e) => setProgrammeId((e.target as unknown as HTMLSelectElement).value)}>
        <SelectField name="programmeId" label={t("programme")} state={state} options={programmes} placeholder={t("chooseProgramme")} defaultValue={initialProgramme} required />
      </div>
      <div onChange={(e) => void (axisId.current = (e.target as unknown as HTMLSelectElement).value)}>
        {/* Keyed by programme: the select is rebuilt with that programme's axes and its own default. */}
        <SelectField key={`${filtered}-${programmeId}`} name="axisId" label={t("axis")} hint={hint} state={filtered ? { ...state, values: {} } : state} options={axisOptions} placeholder={t("noAxis")} defaultValue={axisDefault} />
      </div>
    </>
  );
}
