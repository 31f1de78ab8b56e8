/**
 * What server.ts does with the cluster bus: on a PostgreSQL deployment every instance listens, and
 * - an edit's revalidation on one instance expires the same Next cache tags and empties the page cache
 *   (lib/page-cache) on every other, so the edit shows on their public pages at the next visit;
 * - an import's progress reported on one instance is known to all, so the progress bar moves whichever
 *   instance the browser's polls reach.
 * - a write committed on one instance moves the data generation of every other (lib/data-changes), so
 *   figures they keep in memory (the managers' dashboards) are recomputed at the next visit.
 * Sessions and the sign-in rate limits need nothing here: they live in the shared database.
 * On SQLite (one server by design) nothing starts.
 */
import { isPostgresUrl } from "@/lib/database-url";
import { applyRemoteImportProgress, forgetImportProgress } from "@/lib/imports/progress";
import { forgetCachedPages } from "@/lib/page-cache/forget";
import { noteDataChanged, onDataChanged, type ChangeScope } from "@/lib/data-changes/generation";
import { startClusterBus, type ClusterBus } from "./bus";
import { dataChangedMessage, type ClusterMessage } from "./messages";
import { registerClusterPublisher } from "./registry";

// Every app page carries the root layout's implicit tag: expiring it expires every cached page.
export const EVERY_PAGE_TAG = "_N_T_/layout";

type CacheHandlerModule = { applyRemoteRevalidation(tags: string[], durations?: { expire?: number }): Promise<void> };

export type ClusterSyncOptions = {
  databaseUrl: string | undefined;
  cacheHandler: CacheHandlerModule;
  /** What the app keeps of its public pages beside Next's cache: lib/page-cache/forget.ts by default. */
  forgetPages?: () => void;
  log?: (text: string) => void;
};

export function applyClusterMessage(message: ClusterMessage, { cacheHandler, forgetPages = forgetCachedPages }: Pick<ClusterSyncOptions, "cacheHandler" | "forgetPages">): Promise<void> {
  switch (message.kind) {
    case "revalidated":
      forgetPages();
      return cacheHandler.applyRemoteRevalidation(message.tags, message.durations);
    case "revalidated-all":
      noteDataChanged("elsewhere"); // sent after missed messages too: a write may be among them
      forgetPages();
      return cacheHandler.applyRemoteRevalidation([EVERY_PAGE_TAG]);
    case "import-progress":
      applyRemoteImportProgress(message.batchId, message.done, message.total, message.viewer);
      return Promise.resolve();
    case "import-progress-forgotten":
      forgetImportProgress(message.batchId, { fromCluster: true });
      return Promise.resolve();
    case "data-changed":
      noteDataChanged("elsewhere", message.prefectureId);
      return Promise.resolve();
  }
}

/** Starts listening when DATABASE_URL is PostgreSQL (and CLUSTER_SYNC is not "off"); null otherwise. */
export async function startClusterSync(options: ClusterSyncOptions): Promise<ClusterBus | null> {
  if (!options.databaseUrl || !isPostgresUrl(options.databaseUrl) || process.env.CLUSTER_SYNC === "off") return null;
  const log = options.log ?? ((text: string) => console.error(text));
  const apply = (message: ClusterMessage) =>
    applyClusterMessage(message, options).catch((error: unknown) => log(`cluster bus: "${message.kind}" not applied (${String(error)})`));
  const bus = await startClusterBus({
    connectionString: options.databaseUrl,
    onMessage: (message) => void apply(message),
    // Whatever was said while this instance was not listening is unknown: expire everything.
    onMissed: () => void apply({ kind: "revalidated-all" }),
    log,
  });
  registerClusterPublisher(bus);
  tellOthersOfWrites(bus);
  return bus;
}

/**
 * Every write committed here is told to the others, at most once per prefecture (or once for all) per turn
 * of the event loop: an import commits batch after batch, and the others only need to know what changed since.
 */
export function tellOthersOfWrites(bus: Pick<ClusterBus, "publish" | "stop">): void {
  let pending: Set<ChangeScope> | null = null;
  const stop = onDataChanged((origin, prefectureId) => {
    if (origin !== "local") return;
    if (pending) return void pending.add(prefectureId);
    const scopes = (pending = new Set([prefectureId]));
    setImmediate(() => {
      pending = null;
      // A write for any prefecture already covers the others.
      const messages = scopes.has(undefined) ? [undefined] : [...scopes];
      for (const scope of messages) bus.publish(dataChangedMessage(scope));
    });
  });
  const stopBus = bus.stop.bind(bus);
  bus.stop = () => {
    stop();
    return stopBus();
  };
}
