// What the benchmark scripts do with a server they start (server.ts, nginx): wait until it answers, and
// stop it. One place, so a script never leaves a server behind on its port.
import type { ChildProcess } from "node:child_process";

/**
 * Resolves once `url` answers 200; throws if the child exits first or nothing answers within `timeoutMs`,
 * having stopped the child. `seeLog()` ends the error messages: where to read why, read when it fails.
 */
export async function waitUntilAnswering(child: ChildProcess, url: string, timeoutMs: number, seeLog: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`it exited (code ${child.exitCode}) before answering ${url}; ${seeLog()}`);
    try {
      if ((await fetch(url, { headers: { connection: "close" } })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGTERM");
  throw new Error(`nothing answered ${url} within ${timeoutMs / 1000} s; ${seeLog()}`);
}

/** SIGTERM (open requests finish), then resolves once the child has exited. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
