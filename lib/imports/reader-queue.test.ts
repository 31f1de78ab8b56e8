import { describe, expect, it } from "vitest";
import { createReaderQueue } from "@/lib/imports/reader-queue";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("one XLSX reader at a time", () => {
  it("runs queued readers one after the other, in the order they came", async () => {
    const queue = createReaderQueue({ maxWaiting: 4, maxWaitMs: 10_000 });
    let running = 0;
    let mostAtOnce = 0;
    const order: number[] = [];
    const reader = (n: number) => async () => {
      mostAtOnce = Math.max(mostAtOnce, ++running);
      await sleep(20);
      order.push(n);
      running--;
      return n;
    };
    const results = await Promise.all([1, 2, 3, 4].map((n) => queue.run(reader(n))));
    expect(results).toEqual([1, 2, 3, 4].map((value) => ({ busy: false, value })));
    expect({ mostAtOnce, order }).toEqual({ mostAtOnce: 1, order: [1, 2, 3, 4] });
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it("tells the caller beyond the waiting limit that it is busy, at once", async () => {
    const queue = createReaderQueue({ maxWaiting: 2, maxWaitMs: 10_000 });
    const slow = () => sleep(100).then(() => "read");
    const first = [queue.run(slow), queue.run(slow), queue.run(slow)];
    expect(queue.stats()).toEqual({ running: 1, waiting: 2 });
    const started = performance.now();
    expect(await queue.run(slow)).toEqual({ busy: true });
    expect(performance.now() - started).toBeLessThan(50);
    expect(await Promise.all(first)).toEqual(Array(3).fill({ busy: false, value: "read" }));
  });

  it("gives up on a caller that waited too long, and the queue carries on", async () => {
    const queue = createReaderQueue({ maxWaiting: 4, maxWaitMs: 30 });
    const reading = queue.run(() => sleep(120).then(() => "first"));
    const waited = queue.run(async () => "never");
    expect(await waited).toEqual({ busy: true });
    expect(queue.stats()).toEqual({ running: 1, waiting: 0 });
    expect(await reading).toEqual({ busy: false, value: "first" });
    expect(await queue.run(async () => "next")).toEqual({ busy: false, value: "next" });
  });

  it("frees the turn when a reader fails", async () => {
    const queue = createReaderQueue({ maxWaiting: 4, maxWaitMs: 10_000 });
    const failing = queue.run(() => Promise.reject(new Error("worker crashed")));
    const after = queue.run(async () => "read");
    await expect(failing).rejects.toThrow("worker crashed");
    expect(await after).toEqual({ busy: false, value: "read" });
  });
});
