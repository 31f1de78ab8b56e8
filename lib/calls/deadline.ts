// Where a call stands at an instant: pure, so the page (in the browser, from its own clock) and the tests
// decide the same way. Open means opensAt ≤ now < closesAt, as listOpenCalls reads it.

const DAY = 24 * 3600 * 1000;

export type CallPhase = { kind: "upcoming" } | { kind: "open"; days: number } | { kind: "closed" };

/** `days`: whole days left (0 on the last day), for "closes in N days". */
export function callPhaseAt(now: number, opensAt: number, closesAt: number): CallPhase {
  if (now < opensAt) return { kind: "upcoming" };
  if (now >= closesAt) return { kind: "closed" };
  return { kind: "open", days: Math.floor((closesAt - now) / DAY) };
}
