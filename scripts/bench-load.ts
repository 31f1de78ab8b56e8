// One autocannon run, as a child process: autocannon ships no TypeScript types, and its JSON report is a
// stable interface. The load generator shares the machine with the server, so both URLs of a comparison
// are measured the same way in the same run.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

export type LoadResult = { url: string; rps: number; p50: number; p99: number; requests: number; non2xx: number; errors: number; bytesPerRequest: number };

type AutocannonReport = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  throughput: { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};

export function load(url: string, options: { connections: number; seconds: number; headers?: Record<string, string> }): LoadResult {
  const headerArgs = Object.entries(options.headers ?? {}).flatMap(([k, v]) => ["-H", `${k}=${v}`]);
  const out = execFileSync(
    "node_modules/.bin/autocannon",
    ["-j", "-n", "-c", String(options.connections), "-d", String(options.seconds), ...headerArgs, url],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] },
  );
  const report = JSON.parse(out) as AutocannonReport;
  return {
    url,
    rps: report.requests.average,
    p50: report.latency.p50,
    p99: report.latency.p99,
    requests: report.requests.total,
    non2xx: report.non2xx,
    errors: report.errors + report.timeouts,
    bytesPerRequest: report.requests.total > 0 ? report.throughput.total / report.requests.total : 0,
  };
}

/**
 * fetch on a new connection each time: undici keeps sockets alive, and one the server closed while a load
 * run kept the process busy (Node closes idle sockets after 5 s) fails the next fetch with "other side closed".
 */
export function fetchFresh(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { headers: { ...headers, connection: "close" } });
}

const ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc. Per request, it says what the
 * server spends whatever else the machine is doing, where req/s on a shared machine also measures the others.
 */
export function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond; // utime, stime (fields 14, 15)
}
