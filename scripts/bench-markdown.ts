// BENCHMARKS.md is written by several benchmark scripts, each run on its own: each owns one section between
// `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`, so a re-run replaces its part and keeps the others.
import fs from "node:fs";
import os from "node:os";

const FILE = "BENCHMARKS.md";
const HEADING = "# Benchmarks\n";

/** Replaces (or appends) the section NAME of BENCHMARKS.md; body is Markdown starting with its `##` heading. */
export function writeBenchSection(name: string, body: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const current = fs.existsSync(FILE) ? fs.readFileSync(FILE, "utf8") : HEADING;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + block + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(FILE, next);
}

/** The machine line every section carries: figures mean little without it. */
export function machineDescription(): string {
  const cpuinfo = fs.existsSync("/proc/cpuinfo") ? fs.readFileSync("/proc/cpuinfo", "utf8") : "";
  const cpu = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "?";
  return `${os.availableParallelism()} CPUs (nproc), ${cpu}, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export const today = () => new Date().toISOString().slice(0, 10);
