// Next's cache handler (next.config.ts `cacheHandler`): Next's own in-memory one, plus telling the other app
// instances which cache tags were revalidated. revalidatePath() and revalidateTag() end up in revalidateTag
// here; Next's handler expires the tags in this process only, so without this message another instance would
// keep serving its copy of an edited public page until the page's own `revalidate` (5 minutes).
//
// CommonJS and plain JavaScript because Next loads this file itself, by path, at run time (not bundled).
// It extends Next's FileSystemCache (an internal module): lib/cluster/cache-handler.int.test.ts fails if an
// upgrade of Next changes what is relied on here.
"use strict";
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

const REGISTRY = Symbol.for("indh.cluster"); // lib/cluster/registry.ts

class ClusterCacheHandler extends FileSystemCache {
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    const message = durations && durations.expire !== undefined ? { kind: "revalidated", tags: list, durations: { expire: durations.expire } } : { kind: "revalidated", tags: list };
    globalThis[REGISTRY]?.publish(message);
  }
}

/** Expires tags another instance revalidated, in this process, without telling anyone (they already know). */
function applyRemoteRevalidation(tags, durations) {
  // FileSystemCache#revalidateTag only writes Next's process-wide tags manifest (no instance state).
  return FileSystemCache.prototype.revalidateTag.call(Object.create(FileSystemCache.prototype), tags, durations);
}

module.exports = ClusterCacheHandler;
module.exports.default = ClusterCacheHandler;
module.exports.applyRemoteRevalidation = applyRemoteRevalidation;
