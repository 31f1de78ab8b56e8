// The resident memory of another process (the server scripts/reliability.ts started), read from Linux's
// /proc/<pid>/status: VmRSS now, and VmHWM, the highest VmRSS since the high-water mark was last reset.
import fs from "node:fs";

const MB = 1024 * 1024;

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

export const rssMb = (pid: number) => statusKb(pid, "VmRSS") / MB;

/**
 * The peak RSS of `pid` while `during` runs: sampled every 20 ms, and VmHWM, which sees a spike between two
 * samples. Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0+, our own processes only);
 * when that is refused, VmHWM may hold an older peak and only the samples count.
 */
export async function peakRssMbDuring<T>(pid: number, during: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let canReset = true;
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
  } catch {
    canReset = false;
  }
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 20);
  try {
    const value = await during();
    peak = Math.max(peak, rssMb(pid), canReset ? statusKb(pid, "VmHWM") / MB : 0);
    return { value, peakMb: peak };
  } finally {
    clearInterval(timer);
  }
}
