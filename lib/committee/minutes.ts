// The minutes' totals, from the agenda rows. Pure, unit-tested.

type DecidedRow = { decision: string | null; approvedAmountCentimes: bigint | null };

export function minutesTotals(rows: DecidedRow[]) {
  const count = (decision: string) => rows.filter((r) => r.decision === decision).length;
  return {
    approved: count("APPROVED"),
    deferred: count("DEFERRED"),
    rejected: count("REJECTED"),
    approvedCentimes: rows.reduce((sum, r) => sum + (r.decision === "APPROVED" ? (r.approvedAmountCentimes ?? 0n) : 0n), 0n),
  };
}
