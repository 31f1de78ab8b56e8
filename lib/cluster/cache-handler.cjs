// Next's cache handler (next.config.ts `cacheHandler`): Next's own in-memory one, plus two things it lacks.
//
// 1. Telling the other app instances which cache tags were revalidated. revalidatePath() and revalidateTag()
//    end up in revalidateTag here; Next's handler expires the tags in this process only, so without this
//    message another instance would keep serving its copy of an edited public page until the page's own
//    `revalidate` (5 minutes).
// 2. Not keeping a page whose render began before one of its tags was revalidated. Next dates an entry when
//    it is stored, not when its render began, so a render that read the records before an edit and ended
//    after it was kept as fresh, for up to 5 minutes. It happened in the tests: staff make a call's results
//    public while their own page prefetches the call's public page; the visitor then got the page without
//    the results. A render here follows a lookup that missed (Next renders one page at a time per key), so
//    that lookup's time is when the render began.
//
// CommonJS and plain JavaScript because Next loads this file itself, by path, at run time (not bundled).
// It extends Next's FileSystemCache (an internal module): lib/cluster/cluster.test.ts fails if an upgrade of
// Next changes what is relied on here.
"use strict";
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external");

const REGISTRY = Symbol.for("indh.cluster"); // lib/cluster/registry.ts
const TAGS_HEADER = "x-next-cache-tags"; // Next's NEXT_CACHE_TAGS_HEADER: the tags a rendered page carries
const PAGE_KINDS = new Set(["APP_PAGE", "APP_ROUTE", "PAGES"]);
// Per key, when the render that will be stored under it began. Bounded: keys are pages that were rendered.
const renderStartedAt = new Map();
const MAX_TRACKED_RENDERS = 10_000;

class ClusterCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const startedAt = Date.now();
    const found = await super.get(key, ctx);
    // A miss starts a render now. A hit may start one in the background (a page past its `revalidate`): its
    // start is at the latest now, so the earliest lookup since the last store is kept.
    if (ctx && PAGE_KINDS.has(ctx.kind) && (found === null || !renderStartedAt.has(key))) {
      if (renderStartedAt.size >= MAX_TRACKED_RENDERS) renderStartedAt.clear();
      renderStartedAt.set(key, startedAt);
    }
    return found;
  }

  async set(key, data, ctx) {
    const startedAt = renderStartedAt.get(key);
    renderStartedAt.delete(key);
    if (startedAt !== undefined && revalidatedSince(tagsOf(data), startedAt)) return; // the next visit renders again
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    const message = durations && durations.expire !== undefined ? { kind: "revalidated", tags: list, durations: { expire: durations.expire } } : { kind: "revalidated", tags: list };
    globalThis[REGISTRY]?.publish(message);
  }
}

function tagsOf(data) {
  const header = data && data.headers && data.headers[TAGS_HEADER];
  return typeof header === "string" && header !== "" ? header.split(",") : [];
}

/**
 * Whether one of the tags was revalidated (here or on another instance) at or after `time`. Next's manifest
 * keeps, per tag, when it was made stale and when it expires: revalidatePath expires it at once; a
 * revalidateTag with a lifetime makes it stale now and expires it later, and that later moment is not when
 * the revalidation happened.
 */
function revalidatedSince(tags, time) {
  const now = Date.now();
  return tags.some((tag) => {
    const entry = tagsManifest.get(tag);
    if (entry === undefined) return false;
    const moments = [entry.stale, entry.expired].filter((moment) => typeof moment === "number" && moment <= now);
    return moments.some((moment) => moment >= time);
  });
}

/** Expires tags another instance revalidated, in this process, without telling anyone (they already know). */
function applyRemoteRevalidation(tags, durations) {
  // FileSystemCache#revalidateTag only writes Next's process-wide tags manifest (no instance state).
  return FileSystemCache.prototype.revalidateTag.call(Object.create(FileSystemCache.prototype), tags, durations);
}

module.exports = ClusterCacheHandler;
module.exports.default = ClusterCacheHandler;
module.exports.applyRemoteRevalidation = applyRemoteRevalidation;
