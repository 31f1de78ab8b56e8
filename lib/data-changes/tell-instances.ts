/**
 * A process that writes to a PostgreSQL deployment's database without being one of its instances (a script,
 * a restore, an end-to-end test's fixture) tells the running instances itself, as an instance's cluster bus
 * would (lib/cluster): a "data-changed" notification after each committed write, so the figures they keep in
 * memory are recomputed. The write resolves once the notification is sent: whatever the process does next (a
 * test opening a dashboard) comes after the instances were told. An instance started by server.ts has its bus
 * registered and leaves the telling to it.
 */
import { CLUSTER_CHANNEL, payloadFor } from "@/lib/cluster/bus";
import { clusterPublisherRegistered } from "@/lib/cluster/registry";
import { dataChangedMessage } from "@/lib/cluster/messages";
import type { ChangeScope } from "./generation";

type Sender = { $executeRawUnsafe(sql: string, ...values: unknown[]): Promise<number> };

export function tellInstancesOfWrites(sender: () => Sender): (prefectureId: ChangeScope) => Promise<void> {
  return async (prefectureId) => {
    if (clusterPublisherRegistered()) return;
    const payload = payloadFor(`process-${process.pid}`, dataChangedMessage(prefectureId));
    // A SELECT: not itself a write (./watch-writes.ts). A failure (the connection closing) never fails the
    // write; the instances then recompute within the figures' maximum age.
    await sender()
      .$executeRawUnsafe("SELECT pg_notify($1, $2)", CLUSTER_CHANNEL, payload)
      .catch(() => undefined);
  };
}
