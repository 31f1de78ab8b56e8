import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { TextField } from "@/components/forms/text-field";

type Props = {
  name: string;
  label: string;
  state: FormState;
  defaultValue?: string | null;
  required?: boolean;
};

/**
 * A calendar date typed day first (15/03/2024) whatever the browser's language: a native date input shows
 * the browser's own order (03/15/2024 in an English Chrome). The format is named in the placeholder and in
 * the visible hint; parseCalendarDate also reads ISO dates and Eastern Arabic digits.
 */
export function DateField({ name, label, state, defaultValue, required }: Props) {
  const t = useTranslations("DateInput");
  return (
    <TextField
      name={name}
      label={label}
      state={state}
      defaultValue={defaultValue}
      required={required}
      hint={t("hint")}
      placeholder={t("placeholder")}
      inputMode="numeric"
      dir="ltr"
      autoComplete="off"
    />
  );
}
