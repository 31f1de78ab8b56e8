/**
 * An error log that cannot flood the disk: the production server (server.ts) sends console.error through
 * it, so its own catch, Next's request errors and Next's process-level handlers (unhandledRejection,
 * uncaughtException) all pass here. A request that broke the process once made it write the same error
 * in a loop, about 22 GB in 6 minutes.
 *
 * - The same message is written once per window; its repeats are counted and summarised when the window
 *   ends ("last error repeated 41,230 times in 60 s").
 * - At most `maxLinesPerWindow` different messages are written per window; the others are counted.
 * - A message longer than `maxChars` is cut.
 */
import { format } from "node:util";

export type RepeatLimitedLogOptions = {
  write: (text: string) => void;
  now?: () => number;
  windowMs?: number;
  maxLinesPerWindow?: number;
  maxChars?: number;
  /** Distinct messages remembered at once; beyond that the oldest is summarised and forgotten. */
  maxRemembered?: number;
};

type Seen = { since: number; repeats: number; firstLine: string };

export function createRepeatLimitedLog(options: RepeatLimitedLogOptions) {
  const { write, now = Date.now, windowMs = 60_000, maxLinesPerWindow = 200, maxChars = 16_000, maxRemembered = 1_000 } = options;
  const seen = new Map<string, Seen>();
  let windowStart = now();
  let linesInWindow = 0;
  let leftOut = 0;

  const summarise = (entry: Seen, at: number) => {
    if (entry.repeats === 0) return;
    write(`(last error repeated ${entry.repeats} times in ${Math.max(1, Math.round((at - entry.since) / 1000))} s: ${entry.firstLine})`);
  };

  /** Writes the summaries of windows that have ended (all of them with `all`). */
  function flush(all = false): void {
    const at = now();
    for (const [key, entry] of seen) {
      if (!all && at - entry.since < windowMs) continue;
      summarise(entry, at);
      seen.delete(key);
    }
    if (all || at - windowStart >= windowMs) {
      if (leftOut > 0) write(`(${leftOut} more error messages left out: over ${maxLinesPerWindow} in ${windowMs / 1000} s)`);
      windowStart = at;
      linesInWindow = 0;
      leftOut = 0;
    }
  }

  function error(...args: unknown[]): void {
    flush();
    const text = format(...args);
    const key = text.slice(0, 4_000);
    const entry = seen.get(key);
    if (entry) {
      entry.repeats++;
      return;
    }
    if (linesInWindow >= maxLinesPerWindow) {
      leftOut++;
      return;
    }
    if (seen.size >= maxRemembered) {
      const [oldestKey, oldest] = seen.entries().next().value!;
      summarise(oldest, now());
      seen.delete(oldestKey);
    }
    seen.set(key, { since: now(), repeats: 0, firstLine: text.split("\n", 1)[0]!.slice(0, 200) });
    linesInWindow++;
    write(text.length > maxChars ? `${text.slice(0, maxChars)}... (cut: ${text.length} characters)` : text);
  }

  return { error, flush };
}
