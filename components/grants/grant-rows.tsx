"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import type { Option } from "@/lib/grants/types";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { DateField } from "@/components/forms/date-field";

/** Rows always offered empty after the filled ones, so a row can be added without JavaScript. */
const BLANK_ROWS = 2;

/** How many rows to render: the stored ones at first, the submitted ones after a refused submit. */
function filledRows(list: string, state: FormState, defaults: Record<string, string>): number {
  const source = state.status === "idle" ? defaults : state.values;
  const pattern = new RegExp(`^${list}\\.(\\d+)\\.`);
  return Object.keys(source).reduce((n, key) => Math.max(n, Number(pattern.exec(key)?.[1] ?? -1) + 1), 0);
}

type RowsProps = { state: FormState; defaults: Record<string, string> };

/**
 * Renders the rows of one list. After a refused submit a row the user emptied must stay empty, so stored
 * values are only offered before the first submit.
 */
function useRows(list: string, { state, defaults }: RowsProps) {
  const [extra, setExtra] = useState(0);
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []); // the "add a row" button needs JavaScript: shown only once it runs
  const count = filledRows(list, state, defaults) + BLANK_ROWS + extra;
  const initial = (name: string) => (state.status === "idle" ? (defaults[name] ?? "") : "");
  return { rows: Array.from({ length: count }, (_, i) => i), initial, enhanced, addRow: () => setExtra((n) => n + 1) };
}

/** An error about the whole list (e.g. tranches above the INDH contribution), above its rows. */
function ListError({ list, state }: { list: string; state: FormState }) {
  const error = state.fieldErrors[list];
  return error ? <p id={`field-${list}-error`} className="text-sm font-semibold text-red-800">{error}</p> : null;
}

function AddRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} className="rounded-md border border-brand-700 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50">
      {label}
    </button>
  );
}

export function PartnerRows({ organisations, ...props }: RowsProps & { organisations: Option[] }) {
  const t = useTranslations("Grants.form");
  const { rows, initial, enhanced, addRow } = useRows("partnerContributions", props);
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-4" aria-describedby={props.state.fieldErrors.partnerContributions ? "field-partnerContributions-error" : undefined}>
      <legend className="px-1 font-bold text-brand-800">{t("partners")}</legend>
      <p className="text-sm text-slate-600">{t("partnersHelp")}</p>
      <ListError list="partnerContributions" state={props.state} />
      {rows.map((i) => (
        <div key={i} className="grid gap-3 border-t border-slate-200 pt-3 sm:grid-cols-2">
          <SelectField name={`partnerContributions.${i}.organisationId`} label={t("partnerOrganisation", { n: i + 1 })} state={props.state} options={organisations} placeholder={t("choosePartner")} defaultValue={initial(`partnerContributions.${i}.organisationId`)} />
          <TextField name={`partnerContributions.${i}.amount`} label={t("partnerAmount", { n: i + 1 })} state={props.state} defaultValue={initial(`partnerContributions.${i}.amount`)} inputMode="decimal" dir="ltr" />
        </div>
      ))}
      {enhanced && <AddRowButton label={t("addPartner")} onClick={addRow} />}
    </fieldset>
  );
}

export function TrancheRows(props: RowsProps) {
  const t = useTranslations("Grants.form");
  const { rows, initial, enhanced, addRow } = useRows("tranches", props);
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-4" aria-describedby={props.state.fieldErrors.tranches ? "field-tranches-error" : undefined}>
      <legend className="px-1 font-bold text-brand-800">{t("tranches")}</legend>
      <p className="text-sm text-slate-600">{t("tranchesHelp")}</p>
      <ListError list="tranches" state={props.state} />
      {rows.map((i) => (
        <div key={i} className="grid gap-3 border-t border-slate-200 pt-3 sm:grid-cols-3">
          <DateField name={`tranches.${i}.plannedOn`} label={t("tranchePlannedOn", { n: i + 1 })} state={props.state} defaultValue={initial(`tranches.${i}.plannedOn`)} />
          <TextField name={`tranches.${i}.amount`} label={t("trancheAmount", { n: i + 1 })} state={props.state} defaultValue={initial(`tranches.${i}.amount`)} inputMode="decimal" dir="ltr" />
          <DateField name={`tranches.${i}.paidOn`} label={t("tranchePaidOn", { n: i + 1 })} state={props.state} defaultValue={initial(`tranches.${i}.paidOn`)} />
        </div>
      ))}
      {enhanced && <AddRowButton label={t("addTranche")} onClick={addRow} />}
    </fieldset>
  );
}
