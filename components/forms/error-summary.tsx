"use client";

import { useEffect, useRef, useState } from "react";

/** The id Field gives a control; the summary links to it. */
export const fieldId = (name: string) => `field-${name.replace(/\./g, "-")}`;

/**
 * The control a summary link should focus: the field's own control, else the first control named after it
 * (checkbox groups: partners.0, partners.1...), else its error message.
 */
function controlOf(form: HTMLFormElement | null, name: string): HTMLElement | null {
  const byId = document.getElementById(fieldId(name));
  if (byId) return byId;
  const named = form?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"], [name^="${CSS.escape(name)}."]`);
  return named ?? document.getElementById(`${name}-error`) ?? document.getElementById(`${fieldId(name)}-error`);
}

/**
 * The visible label of a field, read from the page so every form gets it without passing labels: the
 * control's own label, or the legend of its group (a checkbox's label would name one option only).
 */
function labelOf(name: string, control: HTMLElement | null): string | null {
  if (!control) return null;
  const own = control.id === fieldId(name) ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
  const legend = control.closest("fieldset")?.querySelector("legend");
  const text = (own ?? legend)?.textContent?.replace(/\s*\*\s*$/, "").trim();
  return text || null;
}

type Props = { title: string; fieldErrors: Record<string, string>; fieldLabel?: (field: string) => string };

/**
 * After a refused save: the form's error message as a heading, then one link per field error. It takes the
 * focus (tabindex -1) so keyboard and screen-reader users land on it; each link moves the focus to its field.
 * Without JavaScript the links are plain in-page anchors.
 */
export function ErrorSummary({ title, fieldErrors, fieldLabel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const entries = Object.entries(fieldErrors);

  useEffect(() => {
    const form = box.current?.closest("form") ?? null;
    const found: Record<string, string> = {};
    for (const [name] of Object.entries(fieldErrors)) {
      const label = labelOf(name, controlOf(form, name));
      if (label) found[name] = label;
    }
    setLabels(found);
    box.current?.focus();
  }, [fieldErrors, title]);

  const focusField = (event: React.MouseEvent, name: string) => {
    const control = controlOf(box.current?.closest("form") ?? null, name);
    if (!control) return;
    event.preventDefault();
    if (control.tabIndex < 0 && !control.hasAttribute("tabindex")) control.setAttribute("tabindex", "-1"); // an error message
    control.scrollIntoView({ block: "center" });
    control.focus();
  };

  return (
    <div ref={box} role="alert" tabIndex={-1} data-testid="error-summary" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900 focus:outline-2 focus:outline-red-800">
      <p className="font-semibold">{title}</p>
      {entries.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 ps-5">
          {entries.map(([name, message]) => {
            // The form's own name for the field wins (a group's legend, a numbered row); else the page's label.
            const given = fieldLabel?.(name);
            const label = given && given !== name ? given : labels[name];
            return (
              <li key={name}>
                <a href={`#${fieldId(name)}`} onClick={(e) => focusField(e, name)} className="underline">
                  {label ? `${label}: ${message}` : message}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
