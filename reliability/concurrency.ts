// Concurrency: N writers (8) for a fixed time against one server. Passes when nothing but expected version
// conflicts went wrong and the database holds exactly the acknowledged writes: member counts, versions and
// audit entries of the shared cooperatives, and the ids and amounts of the created grants.
import type { PrismaClient } from "@/lib/db";
import type { ResultRow } from "./report";
import { checkGrants, checkIncrements, snapshotShared } from "./ledger";
import { emptyTally, runWriters } from "./writers";
import type { ActionIds } from "./http-forms";
import type { ServerFixture } from "./server-fixture";

export type ConcurrencyOptions = {
  db: PrismaClient;
  baseUrl: string;
  actionIds: ActionIds;
  conflictText: string;
  fixture: ServerFixture;
  durationMs: number;
  databaseLabel: string;
};

export async function runConcurrency(o: ConcurrencyOptions): Promise<{ row: ResultRow; failures: string[] }> {
  const titlePrefix = "REL-CONCURRENCY";
  const before = await snapshotShared(o.db, o.fixture.shared.map((s) => s.id));
  const tally = emptyTally();
  const deadline = Date.now() + o.durationMs;
  const started = Date.now();
  await runWriters(
    { baseUrl: o.baseUrl, cookies: o.fixture.cookies, actionIds: o.actionIds, conflictText: o.conflictText, shared: o.fixture.shared, grant: { ...o.fixture.grant, titlePrefix }, shouldStop: () => Date.now() >= deadline },
    tally,
    1,
  );
  const seconds = (Date.now() - started) / 1000;
  const increments = await checkIncrements(o.db, before, tally, "exact");
  const grants = await checkGrants(o.db, titlePrefix, tally, "exact");
  const failures = [...tally.errorSamples.map((e) => `error: ${e}`), ...increments.failures, ...grants.failures];
  const row: ResultRow = {
    part: "concurrency",
    target: `${o.fixture.cookies.length} writers, ${Math.round(o.durationMs / 1000)} s, ${o.databaseLabel}`,
    counts: {
      "writes sent": tally.attempts,
      "writes/s": (tally.attempts / seconds).toFixed(1),
      acknowledged: tally.acknowledged,
      conflicts: tally.conflicts,
      errors: tally.errors,
      "found (ack vs found)": `${increments.acknowledged + grants.acknowledged} vs ${increments.found + grants.found}`,
      "grant MAD (ack vs found)": `${grants.acknowledgedCentimes / 100n} vs ${grants.foundCentimes / 100n}`,
    },
    ok: tally.errors === 0 && failures.length === 0,
  };
  return { row, failures };
}
