import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError, type Violation } from "@/lib/domain-error";
import { FormRefusedError, RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/mutations";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import { grantSearchText } from "@/lib/search/search-text";
import { checkGrantAmounts, contributionGap, sumCentimes } from "@/lib/grants/rules";
import { checkRecordedDate, moroccoToday, trancheRefusal } from "@/lib/conventions/rules";
import { GrantAmountsError } from "@/lib/grants/localized-refusals";
import { checkEligibility, GrantWarningsError, isAcknowledged, type EligibilityWarning } from "@/lib/grants/eligibility";
import { auditSnapshot, toFormValues } from "@/lib/grants/snapshot";
import { grantFactColumns } from "@/lib/dashboards/grant-facts";
import { applyGrantChange, grantContributions } from "@/lib/dashboards/grant-summary";
import { saveTranchesInPlace, checkConventionTranches } from "@/lib/grants/tranche-rows";
import type { GrantDeleteInput, GrantInput, GrantUpdateInput, StoredGrant } from "@/lib/grants/types";
import type { PayTrancheInput } from "@/lib/grants/schema";

type Tx = Prisma.TransactionClient;

const storedGrantSelect = {
  id: true, prefectureId: true, cooperativeId: true, programmeId: true, axisId: true, titleAr: true, titleFr: true,
  approvedOn: true, status: true, totalCostCentimes: true, indhContributionCentimes: true, beneficiaryContributionCentimes: true,
  acknowledgedWarnings: true, acknowledgedById: true, acknowledgedAt: true, isDemo: true, version: true,
  partnerContributions: { select: { organisationId: true, amountCentimes: true }, orderBy: { id: "asc" } },
  tranches: { select: { position: true, plannedOn: true, amountCentimes: true, paidOn: true }, orderBy: { position: "asc" } },
} satisfies Prisma.GrantSelect;

const findStored = (tx: Tx, user: SessionUser, id: number): Promise<StoredGrant | null> =>
  tx.grant.findFirst({ where: { id, ...prefectureScope(user) }, select: storedGrantSelect });

/**
 * The records a grant points to must be ones the user may touch: an id typed or forged in a request must
 * never attach a grant to another prefecture's cooperative or partner. The grant belongs to its
 * cooperative's prefecture (a national user may pick any); partners must come from that same prefecture.
 */
async function checkReferences(tx: Tx, user: SessionUser, input: GrantInput) {
  const violations: Violation[] = [];
  const found = await tx.cooperative.findFirst({
    where: { id: input.cooperativeId, ...prefectureScope(user) },
    select: { prefectureId: true, members: true, womenMembers: true, youngMembers: true },
  });
  if (!found) violations.push({ field: "cooperativeId", code: "unknownCooperative" });
  const prefectureId = found?.prefectureId ?? user.prefectureId;
  const programme = await tx.programme.findUnique({ where: { id: input.programmeId }, select: { id: true } });
  if (!programme) violations.push({ field: "programmeId", code: "unknownProgramme" });
  const axis = input.axisId === null ? null : await tx.axis.findFirst({
    where: { id: input.axisId, programmeId: input.programmeId },
    select: { maxIndhSharePercent: true, maxIndhContributionCentimes: true, minWomenOrYouthMembersPercent: true },
  });
  if (input.axisId !== null && !axis) violations.push({ field: "axisId", code: "axisNotInProgramme" });
  const seen = new Set<number>();
  for (const [i, partner] of input.partnerContributions.entries()) {
    if (seen.has(partner.organisationId)) violations.push({ field: `partnerContributions.${i}.organisationId`, code: "duplicatePartner" });
    seen.add(partner.organisationId);
    const organisation = await tx.organisation.findFirst({ where: { id: partner.organisationId, prefectureId }, select: { id: true } });
    if (!organisation) violations.push({ field: `partnerContributions.${i}.organisationId`, code: "unknownOrganisation" });
  }
  if (violations.length > 0 || !found) throw new DomainError(violations);
  const warnings = checkEligibility(axis, { ...input, ...found });
  return { prefectureId, warnings };
}

/** Blocking rules first; then the warnings, which pass only when the user acknowledged exactly them. */
async function validate(tx: Tx, user: SessionUser, input: GrantInput) {
  const amountViolations = checkGrantAmounts(input);
  if (amountViolations.length > 0) throw new GrantAmountsError(amountViolations, contributionGap(input));
  const { prefectureId, warnings } = await checkReferences(tx, user, input);
  if (warnings.length > 0 && !isAcknowledged(warnings, input.acknowledgedWarnings)) throw new GrantWarningsError(warnings);
  return { prefectureId, acknowledgement: acknowledgement(user, warnings) };
}

// Stored with each save: the warnings acknowledged at the last save (none clears an older acknowledgement).
function acknowledgement(user: SessionUser, warnings: EligibilityWarning[]) {
  return warnings.length === 0
    ? { acknowledgedWarnings: null, acknowledgedById: null, acknowledgedAt: null }
    : { acknowledgedWarnings: warnings.map((w) => w.code).join(","), acknowledgedById: user.id, acknowledgedAt: new Date() };
}

function grantColumns(input: GrantInput) {
  return {
    cooperativeId: input.cooperativeId,
    programmeId: input.programmeId,
    axisId: input.axisId,
    titleAr: input.titleAr,
    titleFr: input.titleFr,
    approvedOn: input.approvedOn,
    status: input.status,
    totalCostCentimes: input.totalCostCentimes,
    indhContributionCentimes: input.indhContributionCentimes,
    beneficiaryContributionCentimes: input.beneficiaryContributionCentimes,
    searchText: grantSearchText(input),
  };
}

const trancheRows = (input: GrantInput) => input.tranches.map((t, i) => ({ ...t, position: i + 1 }));

/** Creates a grant with its partner contributions and tranches, and its audit entry, all or nothing. */
export async function createGrant(user: SessionUser, input: GrantInput): Promise<{ id: number }> {
  return getDb().$transaction((tx) => createGrantInTransaction(tx, input, user));
}

/**
 * createGrant's work inside a caller's transaction: the same rules (amounts, references, eligibility
 * warnings), dashboard facts and audit entry, so a write that creates a grant as one of its steps (the
 * committee's approval) commits or fails with it as a whole.
 */
export async function createGrantInTransaction(tx: Tx, input: GrantInput, user: SessionUser): Promise<{ id: number }> {
  const { prefectureId, acknowledgement: ack } = await validate(tx, user, input);
  const saved = await tx.grant.create({
    data: {
      ...grantColumns(input),
      ...(await grantFactColumns(tx, input)),
      ...ack,
      prefectureId,
      isDemo: input.isDemo ?? false,
      partnerContributions: { create: input.partnerContributions },
      tranches: { create: trancheRows(input) },
    },
    select: storedGrantSelect,
  });
  await applyGrantChange(tx, [], await grantContributions(tx, { id: saved.id }));
  await recordAudit(tx, { actor: user, prefectureId, action: "CREATE", entityType: "Grant", entityId: saved.id, after: auditSnapshot(saved) });
  return { id: saved.id };
}

/** Saves over the version the form was opened at, or refuses with what changed since. */
export async function updateGrant(user: SessionUser, id: number, input: GrantUpdateInput): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const before = await findStored(tx, user, id);
    if (!before) throw new RecordNotFoundError();
    if (before.version !== input.version) throw new VersionConflictError(toFormValues(before), before.version);
    const { prefectureId, acknowledgement: ack } = await validate(tx, user, input);
    await checkConventionTranches(tx, id, input);
    const contributionsBefore = await grantContributions(tx, { id });
    // The version in the where clause closes the gap between the read above and this write.
    const { count } = await tx.grant.updateMany({
      where: { id, version: input.version },
      data: { ...grantColumns(input), ...(await grantFactColumns(tx, input)), ...ack, prefectureId, version: { increment: 1 } },
    });
    if (count !== 1) throw new VersionConflictError(toFormValues(before), before.version + 1);
    await tx.grantPartnerContribution.deleteMany({ where: { grantId: id } });
    await tx.grantPartnerContribution.createMany({ data: input.partnerContributions.map((p) => ({ ...p, grantId: id })) });
    await saveTranchesInPlace(tx, id, input);
    const after = await tx.grant.findUniqueOrThrow({ where: { id }, select: storedGrantSelect });
    await applyGrantChange(tx, contributionsBefore, await grantContributions(tx, { id }));
    await recordAudit(tx, {
      actor: user, prefectureId, action: "UPDATE", entityType: "Grant", entityId: id,
      before: auditSnapshot(before), after: auditSnapshot(after),
    });
    return { id };
  });
}

/** Deletes a grant (its partner contributions and tranches cascade); the reason stays in the audit trail. */
export async function deleteGrant(user: SessionUser, id: number, input: GrantDeleteInput): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const before = await findStored(tx, user, id);
    if (!before) throw new RecordNotFoundError();
    if (before.version !== input.version) throw new VersionConflictError(toFormValues(before), before.version);
    // A convention is a signed commitment: it is never deleted with its grant (nor silently left orphaned).
    if (await tx.convention.count({ where: { grantId: id } })) throw new FormRefusedError("convention.grantHasConvention");
    // Visits are the record of what the money did: a grant that was visited is cancelled, not deleted.
    if (await tx.visit.count({ where: { grantId: id } })) throw new FormRefusedError("visits.grantHasVisits");
    const contributionsBefore = await grantContributions(tx, { id });
    const { count } = await tx.grant.deleteMany({ where: { id, version: input.version } });
    if (count !== 1) throw new VersionConflictError(toFormValues(before), before.version + 1);
    await applyGrantChange(tx, contributionsBefore, []);
    await recordAudit(tx, {
      actor: user, prefectureId: before.prefectureId, action: "DELETE", entityType: "Grant", entityId: id,
      before: auditSnapshot(before), reason: input.reason,
    });
  });
}

/**
 * Marks one tranche paid. Under a convention, only once the milestone releasing it is reached (the refusal
 * is said next to the tranche); the paid date is not in the future nor before the milestone (or the
 * decision). The grant's version moves, its dashboard facts follow, and the change is audited.
 */
export async function payGrantTranche(user: SessionUser, id: number, input: PayTrancheInput): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const before = await findStored(tx, user, id);
    if (!before) throw new RecordNotFoundError();
    if (before.version !== input.version) throw new VersionConflictError({ paidOn: "" }, before.version);
    const tranche = await tx.grantTranche.findUnique({
      where: { grantId_position: { grantId: id, position: input.position } },
      select: { id: true, paidOn: true, milestone: { select: { reachedOn: true } } },
    });
    if (!tranche) throw new RecordNotFoundError();
    if (tranche.paidOn) throw new FormRefusedError("convention.alreadyPaid");
    const hasConvention = (await tx.convention.count({ where: { grantId: id } })) > 0;
    const refusal = trancheRefusal(hasConvention, tranche.milestone);
    if (refusal) throw new DomainError([{ field: "paidOn", code: refusal }]);
    const dateRefusal = checkRecordedDate(input.paidOn, tranche.milestone?.reachedOn ?? before.approvedOn, moroccoToday());
    if (dateRefusal) throw new DomainError([{ field: "paidOn", code: dateRefusal }]);
    const contributionsBefore = await grantContributions(tx, { id });
    const tranches = before.tranches.map((t) => (t.position === input.position ? { ...t, paidOn: input.paidOn } : t));
    const { count } = await tx.grant.updateMany({
      where: { id, version: input.version },
      data: { tranchesPaidCentimes: sumCentimes(tranches.filter((t) => t.paidOn !== null)), version: { increment: 1 } },
    });
    if (count !== 1) throw new VersionConflictError({ paidOn: "" }, before.version + 1);
    await tx.grantTranche.update({ where: { id: tranche.id }, data: { paidOn: input.paidOn } });
    await applyGrantChange(tx, contributionsBefore, await grantContributions(tx, { id }));
    const after = await tx.grant.findUniqueOrThrow({ where: { id }, select: storedGrantSelect });
    await recordAudit(tx, {
      actor: user, prefectureId: before.prefectureId, action: "UPDATE", entityType: "Grant", entityId: id,
      before: auditSnapshot(before), after: auditSnapshot(after),
    });
    return { id };
  });
}
