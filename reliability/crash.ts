// Crash: the server's whole process group is SIGKILLed, restarted on the same database, and must come back
// clean. Two rounds:
//   edits   8 writers edit and create; the kill lands at a random moment of the burst, while their
//           transactions run.
//   import  a 10,000-row import is confirmed while the writers go on; the kill lands in the middle of the
//           import's write transaction. The import must then be entirely there (rows, their audit entries,
//           the IMPORT entry, batch IMPORTED) or entirely absent (batch PREVIEWED, and confirmable again).
// After each: the database's integrity check (SQLite: PRAGMA integrity_check; PostgreSQL: see
// postgres-checks.ts), every acknowledged write present, every write whole or absent (members, version and
// audit entries moved together; a grant with its audit entry or not at all). The same on both databases
// but for how the middle of the import is found and what the integrity check is.
import type { PrismaClient } from "@/lib/db";
import { getPage, submitForm, type ActionIds, type Client } from "./http-forms";
import { checkGrants, checkIncrements, snapshotShared } from "./ledger";
import { emptyTally, runWriters, type WriterTally } from "./writers";
import { importState, openConfirm, sleep, upload } from "./crash-import";
import type { ServerFixture } from "./server-fixture";
import type { ResultRow } from "./report";

export type CrashOptions = {
  db: () => PrismaClient;
  baseUrl: string;
  actionIds: ActionIds;
  conflictText: string;
  fixture: ServerFixture;
  rows: number;
  /** SIGKILLs the server's process group, then starts it again on the same database. */
  crashAndRestart: () => Promise<void>;
  /** After a restart: PRAGMA integrity_check on SQLite, its PostgreSQL counterpart (postgres-checks.ts). */
  integrityCheck: () => Promise<{ ok: boolean; text: string }>;
  /** Resolves in the middle of the import's write transaction (how it is seen depends on the database); "" when it finished first. */
  waitForMidImport: (finished: () => boolean) => Promise<string>;
};

type Round = { tally: WriterTally; titlePrefix: string; before: Awaited<ReturnType<typeof snapshotShared>> };

/** Starts the writers; `killWhen` decides the moment; then kill, restart, and wait for every writer to give up. */
async function burstAndKill(o: CrashOptions, titlePrefix: string, seed: number, killWhen: () => Promise<void>): Promise<Round> {
  const before = await snapshotShared(o.db(), o.fixture.shared.map((s) => s.id));
  const tally = emptyTally();
  let stopped = false;
  const writers = runWriters({ baseUrl: o.baseUrl, cookies: o.fixture.cookies, actionIds: o.actionIds, conflictText: o.conflictText, shared: o.fixture.shared, grant: { ...o.fixture.grant, titlePrefix }, shouldStop: () => stopped }, tally, seed);
  await killWhen();
  stopped = true; // before the kill: what fails from now on was cut by it, not an error of the app
  await o.crashAndRestart();
  await writers;
  return { tally, titlePrefix, before };
}

/** What every round checks after the restart. */
async function checkRound(o: CrashOptions, client: Client, round: Round): Promise<{ failures: string[]; counts: ResultRow["counts"] }> {
  const db = o.db();
  const failures: string[] = [];
  const integrity = await o.integrityCheck();
  if (!integrity.ok) failures.push(`integrity check: ${integrity.text}`);
  const increments = await checkIncrements(db, round.before, round.tally, "crash");
  const grants = await checkGrants(db, round.titlePrefix, round.tally, "crash");
  failures.push(...increments.failures, ...grants.failures, ...round.tally.errorSamples.map((e) => `error: ${e}`));
  const dashboard = await getPage(client, "/fr/admin/dashboard");
  if (dashboard.status !== 200) failures.push(`dashboard after restart: ${dashboard.status}`);
  const t = round.tally;
  return {
    failures,
    counts: {
      "writes sent": t.attempts, acknowledged: t.acknowledged, conflicts: t.conflicts, "requests cut": t.interrupted, errors: t.errors,
      "found (ack vs found)": `${increments.acknowledged + grants.acknowledged} vs ${increments.found + grants.found}`,
      "whole or absent": increments.failures.length + grants.failures.length === 0 ? "yes" : "NO", integrity: integrity.text,
    },
  };
}

async function editsRound(o: CrashOptions, client: Client): Promise<{ row: ResultRow; failures: string[] }> {
  const killAfter = 1_500 + Math.floor(Math.random() * 1_500);
  const round = await burstAndKill(o, "REL-CRASH-BURST", 200, async () => void (await sleep(killAfter)));
  const { failures, counts } = await checkRound(o, client, round);
  return { row: { part: "crash", target: `SIGKILL ${killAfter} ms into a burst of edits, ${o.fixture.cookies.length} editors`, counts, ok: failures.length === 0 }, failures };
}

async function importRound(o: CrashOptions, client: Client): Promise<{ row: ResultRow; failures: string[] }> {
  const batchId = await upload(client, o.rows);
  const confirm = await openConfirm(client, batchId, o.actionIds);
  let confirmAnswer = "";
  let confirming: Promise<unknown> = Promise.resolve();
  let killedAt = "";
  let probing: Promise<{ sent: number; answered: number }> = Promise.resolve({ sent: 0, answered: 0 });
  const round = await burstAndKill(o, "REL-CRASH-EDIT", 100, async () => {
    await sleep(2_000); // edits first: some are acknowledged before the import, some in flight at the kill
    confirming = submitForm(client, confirm.pathname, confirm.form, {}).then((a) => void (confirmAnswer = `${a.status} ${a.location ?? ""}`), () => undefined);
    probing = probe(o.baseUrl, () => killedAt !== "" || confirmAnswer !== "");
    killedAt = await o.waitForMidImport(() => confirmAnswer !== "");
  });
  const probes = await probing;
  await confirming;
  const { failures, counts } = await checkRound(o, client, round);
  if (!killedAt) failures.push(`the kill came after the import had finished (${confirmAnswer}): not in the middle of it`);
  const afterCrash = await importState(o.db(), batchId, o.rows);
  if (afterCrash.state === "PARTIAL") failures.push(`import partially present after the crash: ${afterCrash.detail}`);
  // Restarting cleanly includes being able to finish the work: an absent import is confirmed again.
  let state: string = afterCrash.state;
  if (afterCrash.state === "absent") {
    const again = await openConfirm(client, batchId, o.actionIds);
    const answer = await submitForm(client, again.pathname, again.form, {});
    const final = await importState(o.db(), batchId, o.rows);
    state = `absent, confirmed again: ${final.state}`;
    if (answer.status !== 303 || final.state !== "complete") failures.push(`confirming again after the restart: ${answer.status}, ${final.detail}`);
  }
  const target = `SIGKILL ${killedAt || "after the import"} (${o.rows} rows), ${o.fixture.cookies.length} editors`;
  return { row: { part: "crash", target, counts: { "import after restart": state, ...counts, "public page answered while importing": `${probes.answered}/${probes.sent}` }, ok: failures.length === 0 }, failures };
}

/** Asks for the public home page every 250 ms until `done`: how many answers came while the import ran. */
async function probe(baseUrl: string, done: () => boolean): Promise<{ sent: number; answered: number }> {
  const requests: Promise<boolean>[] = [];
  while (!done()) {
    requests.push(fetch(`${baseUrl}/fr`, { signal: AbortSignal.timeout(60_000) }).then((r) => r.ok && !done(), () => false));
    await sleep(250);
  }
  return { sent: requests.length, answered: (await Promise.all(requests)).filter(Boolean).length };
}

export async function runCrash(o: CrashOptions): Promise<{ rows: ResultRow[]; failures: string[] }> {
  const client: Client = { baseUrl: o.baseUrl, cookie: o.fixture.cookies[0]! };
  const edits = await editsRound(o, client);
  const imported = await importRound(o, client);
  return { rows: [edits.row, imported.row], failures: [...edits.failures, ...imported.failures] };
}
