import "server-only";
import { getDb } from "@/lib/db";
import { DomainError, type Violation } from "@/lib/domain-error";
import { checkGrantAmounts } from "@/lib/grants/rules";
import type { GrantInput } from "@/lib/grants/types";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

// The records a grant points to must exist in the same prefecture: an id typed or forged in a request
// must never attach a grant to another prefecture's cooperative or partner.
async function checkReferences(tx: Tx, prefectureId: number, input: GrantInput): Promise<Violation[]> {
  const violations: Violation[] = [];
  const cooperative = await tx.cooperative.findFirst({ where: { id: input.cooperativeId, prefectureId }, select: { id: true } });
  if (!cooperative) violations.push({ field: "cooperativeId", code: "unknownCooperative" });
  const programme = await tx.programme.findUnique({ where: { id: input.programmeId }, select: { id: true } });
  if (!programme) violations.push({ field: "programmeId", code: "unknownProgramme" });
  if (input.axisId !== null) {
    const axis = await tx.axis.findFirst({ where: { id: input.axisId, programmeId: input.programmeId }, select: { id: true } });
    if (!axis) violations.push({ field: "axisId", code: "axisNotInProgramme" });
  }
  const seen = new Set<number>();
  for (const [i, partner] of input.partnerContributions.entries()) {
    if (seen.has(partner.organisationId)) violations.push({ field: `partnerContributions.${i}.organisationId`, code: "duplicatePartner" });
    seen.add(partner.organisationId);
    const organisation = await tx.organisation.findFirst({ where: { id: partner.organisationId, prefectureId }, select: { id: true } });
    if (!organisation) violations.push({ field: `partnerContributions.${i}.organisationId`, code: "unknownOrganisation" });
  }
  return violations;
}

/** Creates a grant with its partner contributions and tranches, all or nothing. */
export async function createGrant(prefectureId: number, input: GrantInput): Promise<{ id: number }> {
  const amountViolations = checkGrantAmounts(input);
  if (amountViolations.length > 0) throw new DomainError(amountViolations);
  return getDb().$transaction(async (tx) => {
    const violations = await checkReferences(tx, prefectureId, input);
    if (violations.length > 0) throw new DomainError(violations);
    const { partnerContributions, tranches, ...grant } = input;
    return tx.grant.create({
      data: {
        ...grant,
        prefectureId,
        partnerContributions: { create: partnerContributions },
        tranches: { create: tranches.map((tranche, i) => ({ ...tranche, position: i + 1 })) },
      },
      select: { id: true },
    });
  });
}
