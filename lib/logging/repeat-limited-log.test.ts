import { describe, expect, it } from "vitest";
import { createRepeatLimitedLog } from "./repeat-limited-log";

function harness(options: { maxLinesPerWindow?: number; maxChars?: number; maxRemembered?: number } = {}) {
  const lines: string[] = [];
  let clock = 0;
  const log = createRepeatLimitedLog({ write: (t) => lines.push(t), now: () => clock, windowMs: 60_000, ...options });
  return { lines, log, advance: (ms: number) => (clock += ms) };
}

describe("repeat-limited error log", () => {
  it("writes an error repeated 100,000 times once, then one summary line", () => {
    const { lines, log, advance } = harness();
    const error = new TypeError("Cannot read properties of undefined (reading 'polluted')");
    for (let i = 0; i < 100_000; i++) log.error("request failed:", error);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("TypeError: Cannot read properties of undefined");
    advance(60_000);
    log.flush();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe("(last error repeated 99999 times in 60 s: request failed: TypeError: Cannot read properties of undefined (reading 'polluted'))");
    // A new window: the error is written again (it still happens, the log says so once a minute).
    log.error("request failed:", error);
    expect(lines).toHaveLength(3);
  });

  it("keeps alternating errors apart: each written once per window", () => {
    const { lines, log } = harness();
    for (let i = 0; i < 1_000; i++) log.error(i % 2 ? "A" : "B");
    expect(lines).toEqual(["B", "A"]);
    log.flush(true);
    expect(lines.slice(2).sort()).toEqual(["(last error repeated 499 times in 1 s: A)", "(last error repeated 499 times in 1 s: B)"]);
  });

  it("bounds the different messages of a window and counts the rest", () => {
    const { lines, log, advance } = harness({ maxLinesPerWindow: 3 });
    for (let i = 0; i < 10; i++) log.error(`error ${i}`);
    expect(lines).toEqual(["error 0", "error 1", "error 2"]);
    advance(60_000);
    log.error("later");
    expect(lines.slice(3)).toEqual(["(7 more error messages left out: over 3 in 60 s)", "later"]);
  });

  it("cuts a huge message and forgets the oldest message beyond its memory", () => {
    const { lines, log } = harness({ maxChars: 10, maxRemembered: 2 });
    log.error("x".repeat(1_000));
    expect(lines[0]).toBe(`${"x".repeat(10)}... (cut: 1000 characters)`);
    log.error("x".repeat(1_000));
    log.error("second");
    log.error("third"); // the first is summarised and forgotten
    expect(lines.slice(1)).toEqual(["second", `(last error repeated 1 times in 1 s: ${"x".repeat(200)})`, "third"]);
  });
});
