import { afterEach, describe, expect, it } from "vitest";
import { isPostgresTestRun, testPostgresUrl, withPgClient } from "@/lib/testing/postgres";
import { CLUSTER_CHANNEL, startClusterBus, type ClusterBus } from "./bus";
import type { ClusterMessage } from "./messages";

// Two buses on a real PostgreSQL server, as two app instances have: what one publishes the other hears,
// nothing malformed is applied, and a lost connection is made up for (reconnection, "expire everything").
const url = testPostgresUrl();
const started: ClusterBus[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((bus) => bus.stop()));
});

async function listeningBus(name: string) {
  const heard: ClusterMessage[] = [];
  let missed = 0;
  const bus = await startClusterBus({
    connectionString: url,
    applicationName: `indh-cluster-bus-test-${name}`,
    onMessage: (m) => heard.push(m),
    onMissed: () => missed++,
    log: () => undefined,
  });
  started.push(bus);
  return { bus, heard, missed: () => missed };
}

async function until(condition: () => boolean, what: string, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Ends these buses' server sessions, as a restart of PostgreSQL or a network cut would. */
async function cutConnections(...names: string[]) {
  await withPgClient(url, (client) =>
    client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ANY($1) AND datname = current_database()", [
      names.map((name) => `indh-cluster-bus-test-${name}`),
    ]),
  );
}

describe.skipIf(!isPostgresTestRun())("cluster bus over PostgreSQL LISTEN/NOTIFY (skipped on SQLite: TEST_DATABASE=postgres runs it)", () => {
  it("carries a message to the other instance, not back to its sender, and drops forged ones", async () => {
    const a = await listeningBus("a");
    const b = await listeningBus("b");
    expect(a.missed()).toBe(1); // the first connection: nothing known yet, everything expired
    // Anyone who can reach the database could NOTIFY: forged or malformed payloads are dropped.
    await withPgClient(url, async (client) => {
      for (const payload of ["{", JSON.stringify({ from: "x", message: { kind: "revalidated", tags: "not a list" } })]) {
        await client.query("SELECT pg_notify($1, $2)", [CLUSTER_CHANNEL, payload]);
      }
    });
    const sentAt = Date.now();
    a.bus.publish({ kind: "revalidated", tags: ["_N_T_/ar/events/x"] });
    await until(() => b.heard.length > 0, "b hears a");
    console.log(`delivered in ${Date.now() - sentAt} ms`);
    expect(b.heard).toEqual([{ kind: "revalidated", tags: ["_N_T_/ar/events/x"] }]);
    await a.bus.flush();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(a.heard).toEqual([]);
  });

  it("reconnects after losing its connection, and then makes up for what could have been missed", async () => {
    const a = await listeningBus("a");
    const b = await listeningBus("b");
    // Only a's connection is cut: what a publishes meanwhile must reach b, which stayed connected, as
    // "expire everything" once a is back. (When both are cut, b's own reconnection expires everything, and
    // whether b also hears a depends on which reconnects first: nothing a test could require.)
    await cutConnections("a");
    a.bus.publish({ kind: "revalidated", tags: ["_N_T_/fr"] });
    await until(() => a.missed() === 2, "a reconnected");
    await until(() => b.heard.some((m) => m.kind === "revalidated-all" || m.kind === "revalidated"), "b told after the cut");
    expect(b.missed()).toBe(1);
    // Both cut: both come back, listen again, and hear each other.
    await cutConnections("a", "b");
    await until(() => a.missed() === 3 && b.missed() === 2, "both reconnected");
    a.bus.publish({ kind: "import-progress", batchId: 1, done: 1, total: 2, viewer: null });
    await until(() => b.heard.some((m) => m.kind === "import-progress"), "b hears a again");
  });
});
