import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";
import { CACHE_HANDLER_PATH } from "./cache-handler-path";
import { MAX_PAYLOAD_BYTES, parsePayload, payloadFor } from "./bus";
import { registerClusterPublisher } from "./registry";
import { applyClusterMessage, EVERY_PAGE_TAG, tellOthersOfWrites } from "./sync";
import { noteDataChanged, viewGeneration } from "@/lib/data-changes/generation";
import type { ClusterMessage } from "./messages";
import { importProgress, reportImportProgress, forgetImportProgress } from "@/lib/imports/progress";

// Next's cache handler as Next loads it (by path, CommonJS), and the process-wide tags manifest it writes:
// if an upgrade of Next moves or changes either, these fail before a deployment serves stale pages.
const require = createRequire(import.meta.url);
type PageEntry = { kind: "APP_PAGE"; html: string; headers: Record<string, string> };
type Handler = {
  new (ctx: object): {
    revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
    get(key: string, ctx: { kind: "APP_PAGE" }): Promise<{ value: PageEntry } | null>;
    set(key: string, data: PageEntry, ctx: object): Promise<void>;
  };
  applyRemoteRevalidation(tags: string[], durations?: { expire?: number }): Promise<void>;
};
const CacheHandler = require(CACHE_HANDLER_PATH) as Handler;
const { areTagsExpired } = require("next/dist/server/lib/incremental-cache/tags-manifest.external") as {
  areTagsExpired(tags: string[], timestamp: number): boolean;
};

const sent: ClusterMessage[] = [];
afterEach(() => {
  registerClusterPublisher(undefined);
  sent.length = 0;
});

describe("Next's cache handler", () => {
  it("expires a tag in this process and tells the other instances", async () => {
    registerClusterPublisher({ publish: (message) => sent.push(message) });
    const before = Date.now() - 1000;
    const handler = new CacheHandler({ fs: undefined, serverDistDir: "/nonexistent", maxMemoryCacheSize: 0, revalidatedTags: [], _requestHeaders: {} });
    await handler.revalidateTag(["_N_T_/ar/events/one"]);
    expect(areTagsExpired(["_N_T_/ar/events/one"], before)).toBe(true);
    expect(areTagsExpired(["_N_T_/ar/events/other"], before)).toBe(false);
    await handler.revalidateTag("profile-tag", { expire: 60 });
    expect(sent).toEqual([
      { kind: "revalidated", tags: ["_N_T_/ar/events/one"] },
      { kind: "revalidated", tags: ["profile-tag"], durations: { expire: 60 } },
    ]);
  });

  it("expires what another instance revalidated without telling anyone again", async () => {
    registerClusterPublisher({ publish: (message) => sent.push(message) });
    const before = Date.now() - 1000;
    await CacheHandler.applyRemoteRevalidation(["_N_T_/fr/calls/x"]);
    expect(areTagsExpired(["_N_T_/fr/calls/x"], before)).toBe(true);
    // A page rendered after the revalidation is fresh.
    expect(areTagsExpired(["_N_T_/fr/calls/x"], Date.now() + 1)).toBe(false);
    expect(sent).toEqual([]);
  });
});

describe("Next's cache handler and a render that overlaps an edit", () => {
  // As Next uses it for a page: a lookup, a render when it missed, then the rendered page stored.
  const handler = () => new CacheHandler({ fs: undefined, serverDistDir: "/nonexistent", maxMemoryCacheSize: 1_000_000, revalidatedTags: [], _requestHeaders: {} });
  const pageKind = { kind: "APP_PAGE" } as const;
  const rendered = (tag: string): PageEntry => ({ kind: "APP_PAGE", html: "<p>before</p>", headers: { "x-next-cache-tags": `_N_T_/layout,${tag}` } });

  it("keeps a page rendered between two edits", async () => {
    const cache = handler();
    expect(await cache.get("/ar/calls/kept", pageKind)).toBeNull();
    await cache.set("/ar/calls/kept", rendered("_N_T_/ar/calls/kept"), {});
    expect((await cache.get("/ar/calls/kept", pageKind))?.value.html).toBe("<p>before</p>");
  });

  it("does not keep a page whose render began before its path was revalidated", async () => {
    const cache = handler();
    expect(await cache.get("/ar/calls/raced", pageKind)).toBeNull(); // the render begins: it reads the records
    await cache.revalidateTag(["_N_T_/ar/calls/raced"]); // an edit, and its revalidatePath
    await cache.set("/ar/calls/raced", rendered("_N_T_/ar/calls/raced"), {}); // the render ends
    await new Promise((resolve) => setTimeout(resolve, 2)); // a render begun in the edit's millisecond is not kept either
    expect(await cache.get("/ar/calls/raced", pageKind)).toBeNull(); // the next visit renders again
    await cache.set("/ar/calls/raced", rendered("_N_T_/ar/calls/raced"), {});
    expect(await cache.get("/ar/calls/raced", pageKind)).not.toBeNull();
  });

  it("reads a revalidation with a lifetime as happening when it was made, not when it expires", async () => {
    const cache = handler();
    expect(await cache.get("/ar/events/later", pageKind)).toBeNull();
    await cache.revalidateTag("_N_T_/ar/events/later", { expire: 3600 }); // stale now, expired in an hour
    await cache.set("/ar/events/later", rendered("_N_T_/ar/events/later"), {});
    expect(await cache.get("/ar/events/later", pageKind)).toBeNull(); // begun before: not kept
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(await cache.get("/ar/events/later", pageKind)).toBeNull(); // a render begins after it
    await cache.set("/ar/events/later", rendered("_N_T_/ar/events/later"), {});
    expect(await cache.get("/ar/events/later", pageKind)).not.toBeNull(); // kept, although the tag expires later
  });

  it("does not keep it either when the edit was made through another instance", async () => {
    const cache = handler();
    expect(await cache.get("/fr/calls/remote", pageKind)).toBeNull();
    await CacheHandler.applyRemoteRevalidation(["_N_T_/fr/calls/remote"]);
    await cache.set("/fr/calls/remote", rendered("_N_T_/fr/calls/remote"), {});
    expect(await cache.get("/fr/calls/remote", pageKind)).toBeNull();
  });
});

describe("applying another instance's message", () => {
  it("empties the page cache and expires the tags, or every page", async () => {
    const cleared: string[] = [];
    const expired: string[][] = [];
    const target = { forgetPages: () => void cleared.push("page cache"), cacheHandler: { applyRemoteRevalidation: async (tags: string[]) => void expired.push(tags) } };
    await applyClusterMessage({ kind: "revalidated", tags: ["_N_T_/ar"] }, target);
    await applyClusterMessage({ kind: "revalidated-all" }, target);
    expect(cleared).toHaveLength(2);
    expect(expired).toEqual([["_N_T_/ar"], [EVERY_PAGE_TAG]]);
  });

  it("makes stale the views another instance's write concerns: one prefecture's, or every one", async () => {
    const target = { forgetPages: () => undefined, cacheHandler: { applyRemoteRevalidation: async () => undefined } };
    const views = () => [viewGeneration(3), viewGeneration(4), viewGeneration(null)];
    const before = views();
    await applyClusterMessage({ kind: "data-changed", prefectureId: 3 }, target);
    const afterOne = views();
    expect(afterOne.map((g, i) => g !== before[i])).toEqual([true, false, true]);
    await applyClusterMessage({ kind: "data-changed" }, target);
    expect(views().map((g, i) => g !== afterOne[i])).toEqual([true, true, true]);
  });

  it("tells the others of this instance's writes once per prefecture per turn, or once for all", async () => {
    const published: ClusterMessage[] = [];
    const bus = { publish: (message: ClusterMessage) => void published.push(message), stop: async () => undefined };
    tellOthersOfWrites(bus);
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    noteDataChanged("local", 5);
    noteDataChanged("local", 5);
    noteDataChanged("local", 6);
    noteDataChanged("elsewhere", 8); // heard from another instance: not told again
    await turn();
    expect(published).toEqual([{ kind: "data-changed", prefectureId: 5 }, { kind: "data-changed", prefectureId: 6 }]);
    published.length = 0;
    noteDataChanged("local", 5);
    noteDataChanged("local");
    await turn();
    expect(published).toEqual([{ kind: "data-changed" }]);
    await bus.stop();
  });

  it("keeps an import's progress reported elsewhere, and forgets it when told", async () => {
    const target = { forgetPages: () => undefined, cacheHandler: { applyRemoteRevalidation: async () => undefined } };
    await applyClusterMessage({ kind: "import-progress", batchId: 7001, done: 500, total: 3000, viewer: "hash" }, target);
    expect(importProgress(7001)).toEqual({ done: 500, total: 3000 });
    await applyClusterMessage({ kind: "import-progress-forgotten", batchId: 7001 }, target);
    expect(importProgress(7001)).toBeNull();
  });

  it("reports this instance's import progress to the others", () => {
    registerClusterPublisher({ publish: (message) => sent.push(message) });
    reportImportProgress(7002, 0, 10, "viewer-hash");
    reportImportProgress(7002, 5, 10);
    forgetImportProgress(7002);
    expect(sent).toEqual([
      { kind: "import-progress", batchId: 7002, done: 0, total: 10, viewer: "viewer-hash" },
      { kind: "import-progress", batchId: 7002, done: 5, total: 10, viewer: "viewer-hash" },
      { kind: "import-progress-forgotten", batchId: 7002 },
    ]);
  });
});

describe("notification payloads", () => {
  it("round-trips a message, and ignores the instance's own", () => {
    const payload = payloadFor("a", { kind: "revalidated", tags: ["t"] });
    expect(parsePayload("b", payload)).toEqual({ kind: "revalidated", tags: ["t"] });
    expect(parsePayload("b", payloadFor("a", { kind: "data-changed", prefectureId: 12 }))).toEqual({ kind: "data-changed", prefectureId: 12 });
    expect(parsePayload("a", payload)).toBeNull();
  });

  it("sends 'everything' when the tag list would not fit in a notification", () => {
    const tags = Array.from({ length: 150 }, (_, i) => `_N_T_/ar/events/${"x".repeat(60)}-${i}`);
    const payload = payloadFor("a", { kind: "revalidated", tags });
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(parsePayload("b", payload)).toEqual({ kind: "revalidated-all" });
  });

  it("drops anything malformed", () => {
    const bad = [
      "not json",
      "{}",
      JSON.stringify({ from: "x", message: { kind: "drop-database" } }),
      JSON.stringify({ from: "x", message: { kind: "revalidated", tags: [] } }),
      JSON.stringify({ from: "x", message: { kind: "import-progress", batchId: -1, done: 0, total: 0, viewer: null } }),
      '{"from":"x","message":{"kind":"revalidated","tags":["t"],"durations":{"expire":1,"__proto__":{"polluted":true}}}}',
      JSON.stringify({ from: "x", message: { kind: "revalidated", tags: ["t"], durations: { expire: 1, extra: 1 } } }),
      JSON.stringify({ from: "x", message: { kind: "data-changed", prefectureId: "1 OR 1=1" } }),
      JSON.stringify({ from: "x", message: { kind: "data-changed", prefectureId: -3 } }),
    ];
    for (const payload of bad) expect(parsePayload("me", payload), payload).toBeNull();
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
