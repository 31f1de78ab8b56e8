// Which parts of a call may still change. Pure, so the edit page (which shows locked fields read-only and
// says why) and the mutation (which refuses a forged change) decide the same way.
import type { Violation } from "@/lib/domain-error";
import type { CallInput } from "@/lib/calls/schema";
import type { StoredCall } from "@/lib/calls/stored-call";

export type CallLocks = {
  /** Programme, reference, opening date and envelope: announced when the call was published. */
  announced: boolean;
  /** Axes, required documents and grid: applications were made against them. */
  byApplications: boolean;
};

export function callLocks(call: Pick<StoredCall, "status" | "_count">): CallLocks {
  return { announced: call.status !== "DRAFT", byApplications: call._count.applications > 0 };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The locked fields the input would change, as violations next to those fields. */
export function lockedChanges(before: StoredCall, input: CallInput): Violation[] {
  const locks = callLocks(before);
  const violations: Violation[] = [];
  if (locks.announced) {
    const code = "calls.lockedPublished";
    if (input.programmeId !== before.programmeId) violations.push({ field: "programmeId", code });
    if (input.reference !== before.reference) violations.push({ field: "reference", code });
    if (input.opensAt.getTime() !== before.opensAt.getTime()) violations.push({ field: "opensAtDate", code });
    if (input.envelopeCentimes !== before.envelopeCentimes) violations.push({ field: "envelope", code });
  }
  if (locks.byApplications) {
    const code = "calls.lockedByApplications";
    if (!same([...input.axes].sort((a, b) => a - b), before.axes.map((a) => a.axisId))) violations.push({ field: "axes", code });
    if (!same(input.documents.map((d) => [d.labelAr, d.labelFr]), before.requiredDocuments.map((d) => [d.labelAr, d.labelFr]))) violations.push({ field: "documents", code });
    if (!same(input.criteria.map((c) => [c.labelAr, c.labelFr, c.weight]), before.criteria.map((c) => [c.labelAr, c.labelFr, c.weight]))) violations.push({ field: "criteria", code });
  }
  return violations;
}
