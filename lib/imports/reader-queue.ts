// One XLSX reader at a time in the whole process: each reader is a worker that may take up to its heap
// limit before it is stopped, so three crafted uploads at once cost three times that (2.45 GB measured,
// issue finding 5). Others wait their turn, a bounded number of them for a bounded time; beyond that the
// upload is refused as "busy" (try again in a minute) rather than queued without end.

export type QueueLimits = { maxWaiting: number; maxWaitMs: number };
export type Queued<T> = { busy: false; value: T } | { busy: true };

export type ReaderQueue = {
  run<T>(task: () => Promise<T>): Promise<Queued<T>>;
  /** Readers running (0 or 1) and waiting: for tests and the logs. */
  stats(): { running: number; waiting: number };
};

// A genuine 20,000-row file reads in 2 to 5 s; a crafted one is stopped within the reader's 30 s. Four
// waiting behind one reading is at most about 2 minutes in the worst case, and seconds in practice.
export const QUEUE_LIMITS: QueueLimits = { maxWaiting: 4, maxWaitMs: 90_000 };

export function createReaderQueue(limits: QueueLimits = QUEUE_LIMITS): ReaderQueue {
  let running = false;
  const waiting: (() => void)[] = [];

  const next = () => {
    running = false;
    waiting.shift()?.();
  };

  /** Resolves true when it is this caller's turn (running is then set), false after maxWaitMs. */
  const turn = (): Promise<boolean> => {
    if (!running) {
      running = true;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const start = () => {
        clearTimeout(timer);
        running = true;
        resolve(true);
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(start), 1);
        resolve(false);
      }, limits.maxWaitMs);
      waiting.push(start);
    });
  };

  return {
    async run<T>(task: () => Promise<T>): Promise<Queued<T>> {
      if (running && waiting.length >= limits.maxWaiting) return { busy: true };
      if (!(await turn())) return { busy: true };
      try {
        return { busy: false, value: await task() };
      } finally {
        next();
      }
    },
    stats: () => ({ running: running ? 1 : 0, waiting: waiting.length }),
  };
}

// Process-wide: Next may load this module once per bundle (route handlers, server actions), and every
// copy must share the one queue, so it lives on globalThis.
const KEY = Symbol.for("indh.imports.xlsxReaderQueue");
const holder = globalThis as { [KEY]?: ReaderQueue };
export const xlsxReaderQueue: ReaderQueue = (holder[KEY] ??= createReaderQueue());
