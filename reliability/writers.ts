// The writers of the concurrency and crash tests, each a user with a browser without JavaScript:
// - increments: open the edit page of one of a few SHARED cooperatives and save it with one more member.
//   Writers collide on purpose: the loser of a race gets the version-conflict page (an expected conflict).
//   A lost update would leave fewer members than acknowledged saves; a double write, more.
// - grants: create a grant of a known, unique amount. The redirect names the new grant's id, so the ids and
//   the sum acknowledged to the writers can be compared with what the database holds.
// Anything else (a 5xx, a refusal, a dropped connection) is counted as an error, with a sample kept.
import { createRng } from "./prng";
import { findForm, getPage, pageContains, submitForm, type ActionIds, type Client } from "./http-forms";

export type Shared = { id: number; values: Record<string, string> };

export type WriterPlan = {
  baseUrl: string;
  cookies: string[];
  actionIds: ActionIds;
  conflictText: string;
  shared: Shared[];
  grant: { cooperativeId: number; programmeId: number; titlePrefix: string };
  shouldStop: () => boolean;
};

export type WriterTally = {
  attempts: number;
  acknowledged: number;
  conflicts: number;
  errors: number;
  /** Requests cut by the crash test's SIGKILL: their outcome is unknown, the database tells. */
  interrupted: number;
  /** cooperative id -> saves acknowledged / sent (a sent save may have landed even if its answer was lost). */
  incrementsAcknowledged: Map<number, number>;
  incrementsSent: Map<number, number>;
  /** grant id -> centimes, for every acknowledged creation; titles of every creation sent. */
  grantsAcknowledged: Map<number, bigint>;
  grantTitlesSent: Set<string>;
  errorSamples: string[];
};

export function emptyTally(): WriterTally {
  return {
    attempts: 0, acknowledged: 0, conflicts: 0, errors: 0, interrupted: 0, incrementsAcknowledged: new Map(), incrementsSent: new Map(),
    grantsAcknowledged: new Map(), grantTitlesSent: new Set(), errorSamples: [],
  };
}

const bump = (map: Map<number, number>, key: number) => map.set(key, (map.get(key) ?? 0) + 1);
const alertText = (html: string) => /role="alert"[^>]*>([\s\S]{0,200})/.exec(html)?.[1]?.replace(/<[^>]+>/g, " ").trim() ?? "(no alert)";

function failure(tally: WriterTally, text: string) {
  tally.errors++;
  if (tally.errorSamples.length < 10) tally.errorSamples.push(text);
}

async function increment(client: Client, plan: WriterPlan, tally: WriterTally, target: Shared) {
  const pathname = `/fr/admin/cooperatives/${target.id}/edit`;
  const page = await getPage(client, pathname);
  const form = page.status === 200 ? findForm(page.html, plan.actionIds.updateCooperativeAction!) : null;
  if (!form) return failure(tally, `GET ${pathname}: ${page.status}, no edit form`);
  tally.attempts++;
  bump(tally.incrementsSent, target.id);
  const fields = { ...target.values, members: String(Number(form.inputs.members) + 1), version: form.inputs.version ?? "" };
  const answer = await submitForm(client, pathname, form, fields);
  if (answer.status === 303) {
    tally.acknowledged++;
    bump(tally.incrementsAcknowledged, target.id);
  } else if (answer.status === 200 && pageContains(answer.html, plan.conflictText)) tally.conflicts++;
  else failure(tally, `POST ${pathname}: ${answer.status} ${answer.status === 200 ? alertText(answer.html) : ""}`);
}

async function createGrant(client: Client, plan: WriterPlan, tally: WriterTally, form: ReturnType<typeof findForm>, writer: number, n: number) {
  if (!form) return failure(tally, "GET /fr/admin/grants/new: no grant form");
  const dirhams = 1_000 + writer * 100_000 + n;
  const title = `${plan.grant.titlePrefix} w${writer} n${n}`;
  tally.attempts++;
  tally.grantTitlesSent.add(title);
  const answer = await submitForm(client, "/fr/admin/grants/new", form, {
    cooperativeId: String(plan.grant.cooperativeId), programmeId: String(plan.grant.programmeId), axisId: "",
    titleAr: `منحة ${writer}-${n}`, titleFr: title, approvedOn: "2024-05-01", status: "APPROVED",
    totalCost: String(dirhams), indhContribution: String(dirhams), beneficiaryContribution: "0", acknowledgeWarnings: "",
  });
  const id = /\/admin\/grants\/(\d+)$/.exec(answer.location ?? "")?.[1];
  if (answer.status === 303 && id) {
    tally.acknowledged++;
    tally.grantsAcknowledged.set(Number(id), BigInt(dirhams) * 100n);
  } else failure(tally, `POST /fr/admin/grants/new: ${answer.status} ${answer.status === 200 ? alertText(answer.html) : (answer.location ?? "")}`);
}

/** Runs one writer per cookie until plan.shouldStop(); every outcome lands in `tally`. */
export async function runWriters(plan: WriterPlan, tally: WriterTally, seed: number): Promise<void> {
  await Promise.all(
    plan.cookies.map(async (cookie, writer) => {
      const client: Client = { baseUrl: plan.baseUrl, cookie };
      const rng = createRng(seed + writer);
      let grantForm: ReturnType<typeof findForm> = null;
      for (let n = 0; !plan.shouldStop(); n++) {
        try {
          if (rng.chance(0.6)) await increment(client, plan, tally, rng.pick(plan.shared));
          else {
            grantForm ??= findForm((await getPage(client, "/fr/admin/grants/new")).html, plan.actionIds.createGrantAction!);
            await createGrant(client, plan, tally, grantForm, writer, n);
          }
        } catch (error) {
          // A dropped connection is expected only once the crash test has stopped the writers and killed the server.
          if (plan.shouldStop()) return void tally.interrupted++;
          failure(tally, `writer ${writer}: ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? "")}`.slice(0, 200));
        }
      }
    }),
  );
}
