// Turns an action spec into generated hostile calls: the valid base, hostile fillers in its free-text
// fields, and at least one poison (a field value, a multi-field scenario, a forged bound id, or an
// argument of the wrong type where a FormData is expected), sometimes two. Half the forms also carry a
// prototype-polluting field name (reliability/prototype-check.ts), like the fillers: along with the poison.
import type { Rng } from "./prng";
import { FORGED_ID_VALUES, NOT_FORM_DATA, filler, poisonsFor } from "./hostile-values";
import { PROTOTYPE_POLLUTING_NAMES } from "./prototype-check";
import type { ActionSpec } from "./action-specs";

export type ActionCall = {
  /** What was poisoned, for the report of a payload that was not refused. */
  label: string;
  id: unknown;
  /** The second bound id, for actions bound to two records. */
  itemId: unknown;
  formData: unknown;
};

const short = (value: unknown) => {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...(${text.length})` : text;
};

function toFormData(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

/** `pollutingName`: a field name from PROTOTYPE_POLLUTING_NAMES the form must carry (then it is always a form). */
export function generateCall(spec: ActionSpec, rng: Rng, pollutingName?: string): ActionCall {
  const values: Record<string, string> = { ...spec.base };
  for (const [name, field] of Object.entries(spec.fields)) {
    if ((field.kind === "text" || field.kind === "optionalText") && rng.chance(0.5)) values[name] = filler(rng, field.max);
  }
  let id: unknown = spec.id;
  let itemId: unknown = spec.itemId;
  const labels: string[] = [];
  let replaceFormData: unknown = undefined;

  const poisonable = Object.keys(spec.fields);
  const scenarios = Object.keys(spec.scenarios ?? {});
  const kinds = [
    ...(poisonable.length > 0 ? ["field", "field", "field", "field", "field"] : []),
    ...(scenarios.length > 0 ? ["scenario"] : []),
    ...(spec.id !== undefined ? ["id", "id"] : []),
    ...(spec.itemId !== undefined ? ["itemId", "itemId"] : []),
    ...(pollutingName === undefined ? ["arguments"] : []),
  ];
  const rounds = rng.chance(0.3) ? 2 : 1;
  for (let round = 0; round < rounds; round++) {
    const kind = rng.pick(kinds);
    if (kind === "field") {
      const name = rng.pick(poisonable);
      const value = rng.pick(poisonsFor(spec.fields[name]!, spec.version));
      // A missing field is a wrong type too: half the empty poisons drop the field altogether.
      if (value === "" && rng.chance(0.5)) delete values[name];
      else values[name] = value;
      labels.push(`${name}=${short(value)}`);
    } else if (kind === "scenario") {
      const name = rng.pick(scenarios);
      for (const [key, value] of Object.entries(spec.scenarios![name]!)) {
        if (value === null) delete values[key];
        else values[key] = value;
      }
      labels.push(`scenario ${name}`);
    } else if (kind === "id") {
      id = rng.pick([...(spec.foreignIds ?? []), ...(spec.foreignIds ?? []), ...FORGED_ID_VALUES]);
      labels.push(`id=${short(id)}${spec.foreignIds?.includes(id as number) ? " (another prefecture's)" : ""}`);
    } else if (kind === "itemId") {
      itemId = rng.pick([...(spec.foreignItemIds ?? []), ...(spec.foreignItemIds ?? []), ...FORGED_ID_VALUES]);
      labels.push(`itemId=${short(itemId)}${spec.foreignItemIds?.includes(itemId as number) ? " (not this record's)" : ""}`);
    } else {
      replaceFormData = rng.pick(NOT_FORM_DATA);
      labels.push(`formData=${short(replaceFormData)}`);
    }
  }
  const polluting = pollutingName ?? (rng.chance(0.5) ? rng.pick(PROTOTYPE_POLLUTING_NAMES) : undefined);
  if (polluting !== undefined) {
    values[polluting] = "polluted";
    labels.push(`${polluting}=polluted`);
  }
  const formData = replaceFormData !== undefined || labels.some((l) => l.startsWith("formData=")) ? replaceFormData : toFormData(values);
  return { label: labels.join(", "), id, itemId, formData };
}

/** The base alone: the control that must be accepted. */
export const controlCall = (spec: ActionSpec): ActionCall => ({ label: "control (valid base)", id: spec.id, itemId: spec.itemId, formData: toFormData(spec.base) });
