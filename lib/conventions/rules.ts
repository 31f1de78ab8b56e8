// Pure rules of a convention: the reference it proposes, the milestones' tranches, and which dates a
// signature or a reached milestone may carry. Used by the mutations and unit-tested on their own.
import { utcToZonedParts } from "@/lib/events/casablanca-time";
import { parseCalendarDate } from "@/lib/validation/fields";
import type { Violation } from "@/lib/domain-error";

/** Today's calendar date in Morocco, at UTC midnight like every stored calendar date. */
export function moroccoToday(now = new Date()): Date {
  return parseCalendarDate(utcToZonedParts(now).date)!;
}

/** "CONV-2026-007": the next number after the highest of that year's references already used. */
export function nextReference(year: number, existing: string[]): string {
  const prefix = `CONV-${year}-`;
  const used = existing
    .filter((r) => r.startsWith(prefix))
    .map((r) => Number(r.slice(prefix.length)))
    .filter((n) => Number.isSafeInteger(n));
  const next = Math.max(0, ...used) + 1;
  return `${prefix}${String(next).padStart(3, "0")}`;
}

/** Each milestone may release one of the grant's tranches, and a tranche is released by one milestone at most. */
export function checkMilestoneTranches(milestones: { trancheId: number | null }[], grantTrancheIds: number[]): Violation[] {
  const violations: Violation[] = [];
  const seen = new Set<number>();
  milestones.forEach((m, i) => {
    if (m.trancheId === null) return;
    const field = `milestones.${i}.trancheId`;
    if (!grantTrancheIds.includes(m.trancheId)) violations.push({ field, code: "convention.unknownTranche" });
    else if (seen.has(m.trancheId)) violations.push({ field, code: "convention.trancheTwice" });
    seen.add(m.trancheId);
  });
  return violations;
}

/**
 * A date recorded after the fact (signature, milestone reached): not in the future, and not before the
 * event it follows (the grant's decision, the signature). Returns the Validation code of the refusal.
 */
export function checkRecordedDate(date: Date, notBefore: Date, today: Date): "convention.dateInFuture" | "convention.dateTooEarly" | null {
  if (date.getTime() > today.getTime()) return "convention.dateInFuture";
  if (date.getTime() < notBefore.getTime()) return "convention.dateTooEarly";
  return null;
}

/**
 * Why a tranche may not be marked paid, or null when it may: a grant without a convention pays freely (the
 * grants' own rules); under a convention a tranche is paid only when the milestone releasing it is reached.
 */
export function trancheRefusal(
  hasConvention: boolean,
  milestone: { reachedOn: Date | null } | null,
): "convention.noMilestoneForTranche" | "convention.milestoneNotReached" | null {
  if (!hasConvention) return null;
  if (!milestone) return "convention.noMilestoneForTranche";
  return milestone.reachedOn ? null : "convention.milestoneNotReached";
}
