// Bad input, server actions: every "use server" export is called with generated hostile payloads, as a
// user of prefecture A who may use it. Each call must come back as a refusal with a message (never an
// exception, never a success), and no row of any table may change. A final control sends each valid base
// alone and expects it accepted, proving the refusals were about the poisons. Every action also gets each
// prototype-polluting field name once (besides those riding on random payloads), and after every payload
// the prototypes of this process, where the actions run, must be untouched (finding 1).
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import type { FormState } from "@/lib/actions/form-state";
import { actAs } from "@/lib/testing/action-harness";
import { createRng, seedOf } from "./prng";
import { buildWorld, type World } from "./bad-input-world";
import { buildSpecs, NO_INPUT, type ActionSpec, type Caller } from "./action-specs";
import { controlCall, generateCall, type ActionCall } from "./action-payloads";
import { PROTOTYPE_POLLUTING_NAMES, pollutedPrototypes, restorePrototypes } from "./prototype-check";
import { diffFingerprints, fingerprintOf, totalChanged } from "./db-fingerprint";
import { formatTable, recordProblems, recordResults, resultsDir, type ResultRow } from "./report";

vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next-intl/server", async () => {
  const { keyTranslator } = await import("@/lib/testing/action-harness");
  return { getTranslations: async () => keyTranslator(), getLocale: async () => "fr" };
});
vi.mock("@/lib/i18n/navigation", () => ({
  redirect: vi.fn(() => {
    throw new Error("NEXT_REDIRECT");
  }),
}));

const PER_ACTION = Number(process.env.RELIABILITY_PAYLOADS_PER_ACTION ?? 32);
// Sessions are created by the harness for every caller and sign-in failures are recorded by design (the
// rate limit): neither is a record the payload changed. So are the public application form's count per
// address (ApiRateWindow) and its ticket key, made on first use (AppSecret).
const NOT_RECORDS = ["Session", "SignInFailure", "ApiRateWindow", "AppSecret"];

type AnyAction = (...args: unknown[]) => Promise<FormState | void>;
type Outcome = { kind: "refused" | "conflict" | "accepted" | "silent" | "crashed"; detail: string };

const modules = import.meta.glob<Record<string, unknown>>(["/lib/**/actions.ts", "/lib/**/*-actions.ts"]);
const actions = new Map<string, AnyAction>();
for (const load of Object.values(modules)) {
  for (const [name, value] of Object.entries(await load())) if (typeof value === "function") actions.set(name, value as AnyAction);
}

let world: World;
let specs: Record<string, ActionSpec>;
const rows: ResultRow[] = [];
const allFailures: string[] = [];

beforeAll(async () => {
  world = await buildWorld(getDb());
  specs = await buildSpecs(getDb(), world);
}, 120_000);

afterAll(() => {
  recordResults("bad-input-actions.json", rows);
  // Every payload that was not refused, in full, for whoever fixes it (the assertion shows the first few).
  fs.writeFileSync(path.join(resultsDir(), "bad-input-actions.failures.txt"), allFailures.join("\n") + "\n");
  console.log(`\nBad input, server actions (${PER_ACTION} + ${PROTOTYPE_POLLUTING_NAMES.length} payloads each):\n${formatTable(rows)}`);
  const kinds = failureKinds(allFailures);
  recordProblems("bad-input-actions.problems.txt", kinds.map((k) => `bad input, actions: ${k}`));
  if (kinds.length > 0) console.log(`\nPayloads not refused, by kind (all in ${resultsDir()}/bad-input-actions.failures.txt):\n- ${kinds.join("\n- ")}`);
});

/** Groups failures by what went wrong (the error's first words, or the accepted poison), most frequent first. */
function failureKinds(failures: string[]): string[] {
  const kinds = new Map<string, Set<string>>();
  for (const failure of failures) {
    const [, action, kind, label, detail] = /^(\S+) #\d+ (\w+) \[(.*)\]: (.*)$/s.exec(failure) ?? [];
    const text = detail ?? failure;
    const key =
      kind === "accepted" ? `accepted: ${label!.replace(/id=\S+ \(another prefecture's\), /, "")}`
      : /formData|fromEntries|reading '(entries|get)'/.test(text) ? `${kind}: TypeError, the FormData argument is not a FormData`
      : /PrismaClientValidationError/.test(text) ? `${kind}: PrismaClientValidationError, the bound id reaches Prisma unchecked`
      : /BigInt/.test(text) ? `${kind}: PrismaClientUnknownRequestError, an amount beyond 64 bits reaches the database`
      : `${kind}: ${text.replace(/\d+/g, "N").slice(0, 90)}`;
    if (!kinds.has(key)) kinds.set(key, new Set());
    kinds.get(key)!.add(action ?? "?");
  }
  return [...kinds.entries()]
    .sort(([, a], [, b]) => b.size - a.size)
    .map(([key, actions]) => `${key}  (${actions.size} actions: ${[...actions].slice(0, 6).join(", ")}${actions.size > 6 ? ", ..." : ""})`);
}

function callerId(caller: Caller): number | null {
  if (caller === "nobody") return null;
  return { staff: world.staff.id, admin: world.admin.id, national: world.national.id, demoAdmin: world.demoAdmin.id }[caller];
}

async function invoke(action: AnyAction, call: ActionCall): Promise<Outcome> {
  // Bound actions take the record ids first, as `action.bind(null, id)` (or `bind(null, id, itemId)`) passes them.
  const idle = { status: "idle" };
  const args = action.length >= 4 ? [call.id, call.itemId, idle, call.formData] : action.length >= 3 ? [call.id, idle, call.formData] : [idle, call.formData];
  try {
    const state = await action(...args);
    if (!state || typeof state !== "object") return { kind: "silent", detail: `returned ${String(state)}` };
    if (state.status === "success") return { kind: "accepted", detail: state.message ?? "success" };
    const message = state.formError ?? Object.values(state.fieldErrors ?? {})[0] ?? state.warnings?.[0]?.code ?? null;
    if ((state.status === "error" || state.status === "conflict") && message) {
      const fields = Object.keys(state.fieldErrors ?? {});
      return { kind: state.status === "conflict" ? "conflict" : "refused", detail: `${state.formError ?? ""}${fields.length ? ` (${fields.join(", ")})` : ""}` };
    }
    return { kind: "silent", detail: `status ${state.status} without a message` };
  } catch (error) {
    const e = error as Error;
    if (e?.message === "NEXT_REDIRECT") return { kind: "accepted", detail: "redirected after a write" };
    return { kind: "crashed", detail: `${e?.name}: ${String(e?.message).split("\n").slice(-3).join(" ").slice(0, 300)}` };
  }
}

describe("server actions answer hostile payloads with a message and change nothing", () => {
  it("has a spec for every server action", () => {
    const missing = [...actions.keys()].filter((name) => !(name in specs) && !(name in NO_INPUT));
    expect(missing).toEqual([]);
    expect(actions.size).toBeGreaterThan(30);
  });

  for (const name of [...actions.keys()].filter((n) => !(n in NO_INPUT))) {
    it(name, async () => {
      const spec = specs[name]!;
      const action = actions.get(name)!;
      const rng = createRng(seedOf(name));
      const before = await fingerprintOf(undefined, NOT_RECORDS);
      const tally = { refused: 0, conflict: 0, accepted: 0, silent: 0, crashed: 0, polluted: 0 };
      const failures: string[] = [];
      const reasons = new Map<string, number>();
      const payloads = PER_ACTION + PROTOTYPE_POLLUTING_NAMES.length;
      for (let i = 0; i < payloads; i++) {
        await actAs(callerId(spec.as));
        const call = generateCall(spec, rng, PROTOTYPE_POLLUTING_NAMES[i - PER_ACTION]);
        const outcome = await invoke(action, call);
        tally[outcome.kind]++;
        reasons.set(outcome.detail, (reasons.get(outcome.detail) ?? 0) + 1);
        if (outcome.kind !== "refused" && outcome.kind !== "conflict") failures.push(`#${i} ${outcome.kind} [${call.label}]: ${outcome.detail}`);
        const polluted = pollutedPrototypes();
        if (polluted.length > 0) {
          tally.polluted++;
          failures.push(`#${i} polluted [${call.label}]: ${polluted.join(", ")}`);
          restorePrototypes();
        }
      }
      const changes = diffFingerprints(before, await fingerprintOf(undefined, NOT_RECORDS));
      rows.push({
        part: "bad input",
        target: `action ${name}`,
        counts: { payloads, refused: tally.refused, conflicts: tally.conflict, accepted: tally.accepted, "no message": tally.silent, errors: tally.crashed, "prototypes polluted": tally.polluted, "rows changed": totalChanged(changes) },
        ok: failures.length === 0 && totalChanged(changes) === 0,
      });
      allFailures.push(...failures.map((f) => `${name} ${f}`));
      if (process.env.RELIABILITY_VERBOSE) console.log(name, Object.fromEntries(reasons));
      expect({ failures: failures.slice(0, 8), changes }).toEqual({ failures: [], changes: {} });
    }, 120_000);
  }

  it("accepts each valid base alone (the control: refusals above were about the poisons)", async () => {
    const refused: string[] = [];
    const ordered = Object.entries(specs).filter(([, s]) => !s.noControl).sort(([, a], [, b]) => (a.controlOrder ?? 2) - (b.controlOrder ?? 2));
    for (const [name, spec] of ordered) {
      await actAs(callerId(spec.as));
      const outcome = await invoke(actions.get(name)!, controlCall(spec));
      if (outcome.kind !== "accepted") refused.push(`${name}: ${outcome.kind} ${outcome.detail}`);
    }
    expect(refused).toEqual([]);
  }, 120_000);
});
