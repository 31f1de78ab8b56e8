/**
 * How the app's code reaches the cluster bus that server.ts starts. The server, Next's cache handler
 * (lib/cluster/cache-handler.cjs) and the app's bundled code are separate module instances in one process,
 * so they meet on a global, not on an import (as lib/page-cache/forget.ts does). Under `next dev`, the tests
 * and the scripts nothing is registered and publishing does nothing.
 */
import type { ClusterMessage } from "./messages";

export const CLUSTER_REGISTRY = Symbol.for("indh.cluster");

export type ClusterPublisher = { publish(message: ClusterMessage): void };
type WithRegistry = typeof globalThis & { [CLUSTER_REGISTRY]?: ClusterPublisher };

export function registerClusterPublisher(publisher: ClusterPublisher | undefined): void {
  (globalThis as WithRegistry)[CLUSTER_REGISTRY] = publisher;
}

/** Tells the other instances, when there are any (a PostgreSQL deployment started by server.ts). */
export function publishToCluster(message: ClusterMessage): void {
  (globalThis as WithRegistry)[CLUSTER_REGISTRY]?.publish(message);
}

/** Whether this process is an instance whose bus tells the others (server.ts on PostgreSQL). */
export function clusterPublisherRegistered(): boolean {
  return (globalThis as WithRegistry)[CLUSTER_REGISTRY] !== undefined;
}
