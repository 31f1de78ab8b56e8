import { describe, expect, it } from "vitest";
import { createFiguresMemo } from "./figures-memo";
import { dataGeneration, noteDataChanged, onDataChanged } from "./generation";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("figures kept until the records change", () => {
  it("computes a view once, then serves it until a write moves the generation", async () => {
    const memo = createFiguresMemo<number>({ maxEntries: 10, maxAgeMs: 60_000 });
    let computed = 0;
    const compute = async () => ++computed;
    expect(await memo.get("national", compute)).toBe(1);
    expect(await memo.get("national", compute)).toBe(1);
    expect(await memo.get("prefecture:1", compute)).toBe(2);
    noteDataChanged();
    expect(await memo.get("national", compute)).toBe(3);
    expect(await memo.get("prefecture:1", compute)).toBe(4);
  });

  it("keeps a prefecture's view through another prefecture's writes, not through its own or shared ones", async () => {
    const memo = createFiguresMemo<string>({ maxEntries: 10, maxAgeMs: 60_000 });
    let computed = 0;
    const view = (prefectureId: number | null) => memo.get(`view:${prefectureId}`, async () => `${prefectureId}#${++computed}`, prefectureId);
    expect([await view(1), await view(2), await view(null)]).toEqual(["1#1", "2#2", "null#3"]);
    noteDataChanged("local", 2); // staff of prefecture 2 saved a grant
    expect([await view(1), await view(2), await view(null)]).toEqual(["1#1", "2#4", "null#5"]);
    noteDataChanged("elsewhere", 1); // another instance did, for prefecture 1
    expect([await view(1), await view(2), await view(null)]).toEqual(["1#6", "2#4", "null#7"]);
    noteDataChanged(); // a programme, or anything not made for one prefecture
    expect([await view(1), await view(2), await view(null)]).toEqual(["1#8", "2#9", "null#10"]);
  });

  it("does not keep a prefecture's view that one of its own writes overtook", async () => {
    const memo = createFiguresMemo<string>({ maxEntries: 10, maxAgeMs: 60_000 });
    const slow = deferred<string>();
    const first = memo.get("p1", () => slow.promise, 1);
    noteDataChanged("local", 1);
    slow.resolve("before");
    expect(await first).toBe("before");
    expect(await memo.get("p1", async () => "after", 1)).toBe("after");
  });

  it("lets callers share a computation in progress, and does not keep one a write overtook", async () => {
    const memo = createFiguresMemo<string>({ maxEntries: 10, maxAgeMs: 60_000 });
    const first = deferred<string>();
    let calls = 0;
    const a = memo.get("view", () => (calls++, first.promise));
    const b = memo.get("view", () => (calls++, Promise.resolve("other")));
    expect(calls).toBe(1);
    noteDataChanged(); // committed while the figures were being read
    first.resolve("before the write");
    expect(await a).toBe("before the write");
    expect(await b).toBe("before the write");
    expect(await memo.get("view", async () => "after the write")).toBe("after the write");
    expect(await memo.get("view", async () => "not asked again")).toBe("after the write");
  });

  it("starts a new computation for a caller arriving after a write, even while an older one runs", async () => {
    const memo = createFiguresMemo<string>({ maxEntries: 10, maxAgeMs: 60_000 });
    const old = deferred<string>();
    const a = memo.get("view", () => old.promise);
    noteDataChanged();
    const b = memo.get("view", async () => "new");
    old.resolve("old");
    expect(await a).toBe("old");
    expect(await b).toBe("new");
    expect(await memo.get("view", async () => "again")).toBe("new");
  });

  it("does not keep a failure, expires entries by age and drops the least recently used beyond the limit", async () => {
    let clock = 0;
    const memo = createFiguresMemo<string>({ maxEntries: 2, maxAgeMs: 1_000, now: () => clock });
    await expect(memo.get("view", () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await memo.get("view", async () => "recovered")).toBe("recovered");
    clock = 999;
    expect(await memo.get("view", async () => "too early")).toBe("recovered");
    clock = 1_000;
    expect(await memo.get("view", async () => "expired")).toBe("expired");
    await memo.get("b", async () => "b");
    await memo.get("view", async () => "unused"); // view is now the most recently used
    await memo.get("c", async () => "c"); // evicts b
    expect(memo.size).toBe(2);
    expect(await memo.get("view", async () => "evicted")).toBe("expired");
    expect(await memo.get("b", async () => "b again")).toBe("b again");
  });

  it("may serve a recent country view after a write while one recomputation runs, and says so", async () => {
    let clock = 0;
    const memo = createFiguresMemo<string>({ maxEntries: 10, maxAgeMs: 600_000, now: () => clock });
    let told = 0;
    const stale = { staleForMs: 60_000, onStale: () => void told++ };
    expect(await memo.get("country", async () => "before", null, stale)).toBe("before");
    expect(told).toBe(0);
    noteDataChanged("local", 3);
    clock = 10_000;
    const refresh = deferred<string>();
    let computed = 0;
    const compute = () => (computed++, refresh.promise);
    expect(await memo.get("country", compute, null, stale)).toBe("before");
    expect(await memo.get("country", compute, null, stale)).toBe("before");
    expect([computed, told]).toEqual([1, 2]); // one recomputation for every visit meanwhile
    refresh.resolve("after");
    await refresh.promise;
    expect(await memo.get("country", compute, null, stale)).toBe("after");
    expect([computed, told]).toEqual([1, 2]);
  });

  it("starts the recomputation where the caller schedules it, once for the visits before it starts", async () => {
    const memo = createFiguresMemo<string>({ maxEntries: 10, maxAgeMs: 600_000, now: () => 0 });
    const scheduled: (() => void)[] = [];
    const stale = { staleForMs: 60_000, schedule: (recompute: () => void) => void scheduled.push(recompute) };
    await memo.get("country", async () => "old", null, stale);
    noteDataChanged();
    let computed = 0;
    const compute = async () => `new#${++computed}`;
    expect(await memo.get("country", compute, null, stale)).toBe("old");
    expect(await memo.get("country", compute, null, stale)).toBe("old");
    expect([scheduled.length, computed]).toEqual([1, 0]); // nothing read yet: the page goes out first
    scheduled[0]!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(await memo.get("country", compute, null, stale)).toBe("new#1");
  });

  it("keeps a first computation that a write overtook as a stale stand-in only", async () => {
    const memo = createFiguresMemo<string>({ maxEntries: 10, maxAgeMs: 600_000, now: () => 0 });
    const first = deferred<string>();
    const stale = { staleForMs: 60_000 };
    const a = memo.get("country", () => first.promise, null, stale);
    noteDataChanged();
    first.resolve("predates the write");
    expect(await a).toBe("predates the write");
    expect(await memo.get("country", async () => "current", null, stale)).toBe("predates the write");
    await new Promise((resolve) => setImmediate(resolve));
    expect(await memo.get("country", async () => "not asked", null, stale)).toBe("current");
  });

  it("serves no stale view older than staleForMs, none to a caller that does not ask, and none that has not arrived", async () => {
    let clock = 0;
    const memo = createFiguresMemo<string>({ maxEntries: 10, maxAgeMs: 600_000, now: () => clock });
    const stale = { staleForMs: 60_000 };
    await memo.get("country", async () => "old", null, stale);
    noteDataChanged();
    clock = 60_000;
    expect(await memo.get("country", async () => "recomputed", null, stale)).toBe("recomputed");
    noteDataChanged();
    expect(await memo.get("country", async () => "asked without staleForMs")).toBe("asked without staleForMs");
    const slow = deferred<string>();
    const first = memo.get("slow", () => slow.promise, null, stale);
    noteDataChanged(); // before the first computation arrived: nothing to stand in
    expect(await memo.get("slow", async () => "computed again", null, stale)).toBe("computed again");
    slow.resolve("first");
    expect(await first).toBe("first");
  });

  it("keeps the stale view when its recomputation fails, takes a newer one that a write overtook, and tries again on the next visit", async () => {
    const memo = createFiguresMemo<string>({ maxEntries: 10, maxAgeMs: 600_000, now: () => 0 });
    const stale = { staleForMs: 60_000 };
    await memo.get("country", async () => "old", null, stale);
    noteDataChanged();
    const failing = deferred<string>();
    expect(await memo.get("country", () => failing.promise, null, stale)).toBe("old");
    failing.reject(new Error("database down"));
    await failing.promise.catch(() => undefined);
    const overtaken = deferred<string>();
    expect(await memo.get("country", () => overtaken.promise, null, stale)).toBe("old");
    noteDataChanged(); // committed while the recomputation read the records
    overtaken.resolve("predates the write");
    await overtaken.promise;
    await new Promise((resolve) => setImmediate(resolve));
    expect(await memo.get("country", async () => "current", null, stale)).toBe("predates the write"); // and starts another
    await new Promise((resolve) => setImmediate(resolve)); // its result is kept
    expect(await memo.get("country", async () => "not asked", null, stale)).toBe("current");
  });

  it("tells listeners where a change came from, and stops telling once they stop listening", () => {
    const heard: string[] = [];
    const stop = onDataChanged((origin, prefectureId) => heard.push(`${origin}:${prefectureId ?? "all"}`));
    const before = dataGeneration();
    noteDataChanged("local");
    noteDataChanged("elsewhere", 4);
    stop();
    noteDataChanged("local");
    expect(heard).toEqual(["local:all", "elsewhere:4"]);
    expect(dataGeneration()).toBe(before + 3);
  });
});
