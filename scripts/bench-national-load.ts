// HTTP measurements of scripts/bench-national.ts: sequential timings of one URL, and concurrent clients for a
// fixed time, each with its own list of URLs and its own session cookie. Plain node:http with one keep-alive
// connection per client (what a browser tab does), every answer read to the end, so a time covers the whole
// server render. autocannon (scripts/bench-load.ts) takes one URL and one set of headers per run: 20 managers
// each with their own filters and cookie do not fit it.
import http from "node:http";
import { gunzipSync } from "node:zlib";

export type Timed = { median: number; p95: number; p99: number; max: number; runs: number };
export type LoadRun = Timed & { requests: number; errors: number; rps: number; statuses: Record<string, number> };

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

function summarise(samples: number[]): Timed {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99), max: sorted.at(-1) ?? NaN, runs: sorted.length };
}

/**
 * One GET, the body read to its end; resolves with the status and the time in ms (errors reject). It accepts
 * gzip, as every browser does, so the time includes the server's compression (Next's, or the page cache's
 * stored copy). `text()` unpacks the body, only for a caller who reads it: the load clients share the CPUs with
 * the server.
 */
export function get(agent: http.Agent, url: string, cookie?: string): Promise<{ status: number; ms: number; text: () => string; headers: http.IncomingHttpHeaders }> {
  const start = process.hrtime.bigint();
  const headers = { "accept-encoding": "gzip", ...(cookie ? { cookie } : {}) };
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () => {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        const raw = Buffer.concat(chunks);
        const text = () => (response.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
        resolve({ status: response.statusCode ?? 0, ms, text, headers: response.headers });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
    request.setTimeout(30_000, () => request.destroy(new Error("timeout after 30 s")));
  });
}

/**
 * `runs` requests one after another (after `warmUp` unmeasured ones); every answer must be 200. A page that
 * takes seconds stops after `budgetMs` of measured requests (but never before 5): the median is clear by then.
 */
/** `beforeEach` runs before every request, untimed (an edit, to time the first view after one). */
export async function timeSequential(url: string, cookie: string | undefined, runs: number, warmUp: number, budgetMs = 60_000, beforeEach?: () => Promise<void>): Promise<Timed> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const samples: number[] = [];
  let spent = 0;
  try {
    for (let i = 0; i < warmUp + runs && (samples.length < 5 || spent < budgetMs); i++) {
      await beforeEach?.();
      const r = await get(agent, url, cookie);
      if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
      if (i >= warmUp) {
        samples.push(r.ms);
        spent += r.ms;
      }
    }
  } finally {
    agent.destroy();
  }
  return summarise(samples);
}

export type Client = { cookie?: string; urls: string[] };

/**
 * Every client loops over its URLs for `seconds`, one request at a time, all clients at once. With `thinkMs`
 * [min, max], a client waits a random time in that range after each answer before it asks for the next page,
 * as a person reading the page does, and its first request too waits a random time in [0, max]: people at their
 * desks do not all click in the same millisecond (with all 20 first requests leaving together, that one burst made
 * the 99th percentile of a 60 s run). Without it, the next request leaves as soon as the answer is in.
 */
export async function loadFor(clients: Client[], seconds: number, thinkMs?: [number, number]): Promise<LoadRun> {
  const deadline = Date.now() + seconds * 1000;
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    clients.map(async (client, c) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      if (thinkMs) await new Promise((resolve) => setTimeout(resolve, Math.random() * thinkMs[1]));
      for (let i = c; Date.now() < deadline; i++) {
        try {
          const r = await get(agent, client.urls[i % client.urls.length]!, client.cookie);
          samples.push(r.ms);
          statuses[r.status] = (statuses[r.status] ?? 0) + 1;
          if (r.status !== 200) errors++;
        } catch {
          errors++;
          statuses.error = (statuses.error ?? 0) + 1;
        }
        if (thinkMs) await new Promise((resolve) => setTimeout(resolve, thinkMs[0] + Math.random() * (thinkMs[1] - thinkMs[0])));
      }
      agent.destroy();
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  return { ...summarise(samples), requests: samples.length, errors, rps: samples.length / elapsed, statuses };
}
