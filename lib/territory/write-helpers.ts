import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { StillReferencedError } from "@/lib/actions/errors";
import { DomainError } from "@/lib/domain-error";
import type { SessionUser } from "@/lib/auth/types";

export type Tx = Prisma.TransactionClient;

/** Refuses a delete while anything still points to the record; only the kinds actually found are listed. */
export function refuseIfReferenced(counts: Record<string, number>): void {
  const found = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  if (Object.keys(found).length > 0) throw new StillReferencedError(found);
}

/**
 * Phases, programmes and axes are the same for every prefecture: a change made by one prefecture's
 * admin would change every other prefecture's eligibility rules, so only a national admin may write them.
 */
export function requireNational(admin: SessionUser, field: string): void {
  if (!admin.isNational) throw new DomainError([{ field, code: "nationalOnly" }]);
}
