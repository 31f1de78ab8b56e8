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

  it("tells listeners where a change came from, and stops telling once they stop listening", () => {
    const heard: string[] = [];
    const stop = onDataChanged((origin) => heard.push(origin));
    const before = dataGeneration();
    noteDataChanged("local");
    noteDataChanged("elsewhere");
    stop();
    noteDataChanged("local");
    expect(heard).toEqual(["local", "elsewhere"]);
    expect(dataGeneration()).toBe(before + 3);
  });
});
