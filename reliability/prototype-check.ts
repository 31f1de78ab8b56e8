// Prototype pollution (finding 1): form names and query keys a crafted request can send that would write onto
// a prototype shared by the whole process if a key ever became an object path. Sent to every server action
// and route handler; after each payload, pollutedPrototypes() must be empty in the process that ran it (the
// bad-input files call the actions in-process, so that is the vitest worker itself).

export const PROTOTYPE_POLLUTING_NAMES: readonly string[] = [
  "__proto__.polluted",
  "constructor.prototype.polluted",
  "__proto__[polluted]",
  "constructor[prototype][polluted]",
  "__proto__.toString",
  "tranches.0.__proto__.polluted",
  "title.constructor.prototype.polluted",
  "prototype.polluted",
];

const WATCHED: [string, object][] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
];

// What each watched prototype holds before any payload: its own keys and their values.
const baseline = new Map(WATCHED.map(([name, proto]) => [name, new Map(Reflect.ownKeys(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)?.value]))]));

/** What a payload added to or changed on a shared prototype; empty when nothing was touched. */
export function pollutedPrototypes(): string[] {
  const problems: string[] = [];
  if (({} as Record<string, unknown>).polluted !== undefined) problems.push("({}).polluted is defined");
  for (const [name, proto] of WATCHED) {
    const before = baseline.get(name)!;
    for (const key of Reflect.ownKeys(proto)) {
      if (!before.has(key)) problems.push(`${name}.${String(key)} added`);
      else if (Object.getOwnPropertyDescriptor(proto, key)?.value !== before.get(key)) problems.push(`${name}.${String(key)} replaced`);
    }
  }
  return problems;
}

/** Undoes a pollution, so one failing payload does not break every test after it (it is still reported). */
export function restorePrototypes(): void {
  for (const [name, proto] of WATCHED) {
    const before = baseline.get(name)!;
    for (const key of Reflect.ownKeys(proto)) {
      if (!before.has(key)) delete (proto as Record<PropertyKey, unknown>)[key];
      else if (Object.getOwnPropertyDescriptor(proto, key)?.value !== before.get(key)) (proto as Record<PropertyKey, unknown>)[key] = before.get(key);
    }
  }
}
