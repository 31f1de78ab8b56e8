import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { recordAudit } from "@/lib/audit/mutations";
import { DomainError } from "@/lib/domain-error";
import { FormRefusedError, RecordNotFoundError } from "@/lib/actions/errors";
import { utcToZonedParts } from "@/lib/events/casablanca-time";
import { createGrantInTransaction } from "@/lib/grants/mutations";
import { createCooperativeInTransaction } from "@/lib/cooperatives/mutations";
import { approvedAmountViolations, approvedSplit, standardTranchePlan } from "@/lib/committee/grant-from-application";
import { AGENDA_READY_STATUSES } from "@/lib/committee/agenda-mutations";
import { refuseIfHeld, requireSession, type Tx } from "@/lib/committee/mutations";
import { storedItemSelect } from "@/lib/committee/stored";
import type { DecisionInput } from "@/lib/committee/schema";
import type { StoredSession } from "@/lib/committee/stored";

const applicationSelect = {
  id: true, prefectureId: true, status: true, decidedAt: true, grantId: true, cooperativeId: true, isDemo: true,
  applicantRegisterNumber: true, applicantNameAr: true, applicantNameFr: true, applicantCommuneId: true, applicantSectorId: true,
  members: true, womenMembers: true, youngMembers: true, contactName: true, contactPhone: true, contactEmail: true,
  projectTitle: true, totalCostCentimes: true, requestedIndhCentimes: true, beneficiaryContributionCentimes: true,
  partnersContributionCentimes: true, axisId: true, call: { select: { programmeId: true, slug: true } },
} as const;

async function loadItem(tx: Tx, sessionId: number, itemId: number) {
  const item = await tx.committeeAgendaItem.findFirst({ where: { id: itemId, sessionId }, select: { ...storedItemSelect, application: { select: applicationSelect } } });
  if (!item) throw new RecordNotFoundError();
  return item;
}
type LoadedApplication = Awaited<ReturnType<typeof loadItem>>["application"];

// What the audit trail keeps of an application's committee outcome.
const outcome = (a: { status: string; decidedAt: Date | null; grantId: number | null; cooperativeId: number | null }) =>
  ({ status: a.status, decidedAt: a.decidedAt, grantId: a.grantId, cooperativeId: a.cooperativeId });

/**
 * The applicant's cooperative: the one the application is linked to, else the one of the prefecture with
 * its register number (never a duplicate), else a new one made from what the applicant declared.
 */
async function cooperativeFor(tx: Tx, user: SessionUser, application: LoadedApplication): Promise<number> {
  if (application.cooperativeId !== null) return application.cooperativeId;
  const existing = await tx.cooperative.findFirst({
    where: { prefectureId: application.prefectureId, registerNumber: application.applicantRegisterNumber },
    select: { id: true },
  });
  if (existing) return existing.id;
  const { id } = await createCooperativeInTransaction(tx, user, application.prefectureId, {
    registerNumber: application.applicantRegisterNumber, nameAr: application.applicantNameAr, nameFr: application.applicantNameFr,
    sectorId: application.applicantSectorId, communeId: application.applicantCommuneId, placeId: null, foundedOn: null,
    members: application.members, womenMembers: application.womenMembers, youngMembers: application.youngMembers,
    contactName: application.contactName, contactPhone: application.contactPhone, contactEmail: application.contactEmail,
  });
  return id;
}

/**
 * The grant of an approval, in the caller's transaction and through the grant rules (amounts, references,
 * eligibility warnings the decider acknowledges), with its audit entry. The grant is dated on the session's
 * day in Morocco (the day the committee decided), which also gives its year, with the standard tranche plan.
 */
async function createApprovedGrant(tx: Tx, user: SessionUser, session: StoredSession, application: LoadedApplication, input: DecisionInput): Promise<{ grantId: number; cooperativeId: number }> {
  const approved = input.approvedAmountCentimes!;
  const amountViolations = approvedAmountViolations(approved, application.requestedIndhCentimes);
  if (amountViolations.length > 0) throw new DomainError(amountViolations);
  const split = approvedSplit(application, approved);
  const partners: { organisationId: number; amountCentimes: bigint }[] = [];
  if (split.partnersContributionCentimes > 0n) {
    // The application names its partners in free text; the grant needs the organisation that pays.
    const organisation = input.partnerOrganisationId === null ? null
      : await tx.organisation.findFirst({ where: { id: input.partnerOrganisationId, prefectureId: application.prefectureId }, select: { id: true } });
    if (!organisation) throw new DomainError([{ field: "partnerOrganisationId", code: "committee.partnerRequired" }]);
    partners.push({ organisationId: organisation.id, amountCentimes: split.partnersContributionCentimes });
  }
  const cooperativeId = await cooperativeFor(tx, user, application);
  const approvedOn = new Date(`${utcToZonedParts(session.heldOn).date}T00:00:00Z`);
  const { grantId } = await createGrantInTransaction(tx, {
    cooperativeId, programmeId: application.call.programmeId, axisId: application.axisId,
    titleAr: application.projectTitle, titleFr: application.projectTitle,
    approvedOn, status: "APPROVED",
    totalCostCentimes: split.totalCostCentimes, indhContributionCentimes: split.indhContributionCentimes,
    beneficiaryContributionCentimes: split.beneficiaryContributionCentimes, partnerContributions: partners, tranches: standardTranchePlan(approved, approvedOn),
    acknowledgedWarnings: input.acknowledgedWarnings, isDemo: application.isDemo,
  }, user).then(({ id }) => ({ grantId: id }));
  return { grantId, cooperativeId };
}

export type DecisionResult = { callSlug: string; grantId: number | null };

/**
 * Records the committee's decision on one agenda item; the application's status follows, and an approval
 * creates the cooperative (if new) and the grant, all in one transaction: any refusal writes nothing.
 */
export async function decideAgendaItem(user: SessionUser, sessionId: number, itemId: number, input: DecisionInput): Promise<DecisionResult> {
  return getDb().$transaction(async (tx) => {
    const session = await requireSession(tx, user, sessionId);
    refuseIfHeld(session);
    const { application, ...before } = await loadItem(tx, sessionId, itemId);
    if (before.decision !== null) throw new FormRefusedError("committee.alreadyDecided");
    if (!AGENDA_READY_STATUSES.includes(application.status)) throw new FormRefusedError("committee.applicationNotReady");
    const decidedAt = new Date();
    const approval = input.decision === "APPROVED" ? await createApprovedGrant(tx, user, session, application, input) : null;
    const decision = { decision: input.decision, approvedAmountCentimes: input.approvedAmountCentimes, reason: input.reason, decidedAt };
    // decision: null in the where: of two people deciding at once, the second is refused, not overwriting.
    const { count } = await tx.committeeAgendaItem.updateMany({ where: { id: itemId, decision: null }, data: decision });
    if (count !== 1) throw new FormRefusedError("committee.alreadyDecided");
    const applicationAfter = {
      status: input.decision, decidedAt, grantId: approval?.grantId ?? application.grantId, cooperativeId: approval?.cooperativeId ?? application.cooperativeId,
    };
    await tx.application.update({ where: { id: application.id }, data: { ...applicationAfter, version: { increment: 1 } } });
    await recordAudit(tx, { actor: user, prefectureId: session.prefectureId, action: "UPDATE", entityType: "CommitteeAgendaItem", entityId: itemId, before, after: { ...before, ...decision } });
    await recordAudit(tx, { actor: user, prefectureId: session.prefectureId, action: "UPDATE", entityType: "Application", entityId: application.id, before: outcome(application), after: applicationAfter });
    return { callSlug: application.call.slug, grantId: approval?.grantId ?? null };
  });
}

/**
 * Takes a decision back (a mistake in the room). An approval whose grant exists cannot be: the grant has a
 * life of its own (convention, payments), and deleting it is the grants page's business. The application
 * returns to where it stood: deferred if an earlier session deferred it, else eligible.
 */
export async function undoAgendaDecision(user: SessionUser, sessionId: number, itemId: number): Promise<DecisionResult> {
  return getDb().$transaction(async (tx) => {
    const session = await requireSession(tx, user, sessionId);
    refuseIfHeld(session);
    const { application, ...before } = await loadItem(tx, sessionId, itemId);
    if (before.decision === null) throw new FormRefusedError("committee.notDecided");
    if (before.decision === "APPROVED" && application.grantId !== null) throw new FormRefusedError("committee.grantExists");
    const deferredEarlier = await tx.committeeAgendaItem.findFirst({
      where: { applicationId: application.id, id: { not: itemId }, decision: "DEFERRED" },
      select: { decidedAt: true }, orderBy: { decidedAt: "desc" },
    });
    const cleared = { decision: null, approvedAmountCentimes: null, reason: null, decidedAt: null };
    const { count } = await tx.committeeAgendaItem.updateMany({ where: { id: itemId, decision: before.decision }, data: cleared });
    if (count !== 1) throw new FormRefusedError("conflict");
    const applicationAfter = { ...outcome(application), status: deferredEarlier ? "DEFERRED" : "ELIGIBLE", decidedAt: deferredEarlier?.decidedAt ?? null };
    await tx.application.update({ where: { id: application.id }, data: { status: applicationAfter.status, decidedAt: applicationAfter.decidedAt, version: { increment: 1 } } });
    await recordAudit(tx, { actor: user, prefectureId: session.prefectureId, action: "UPDATE", entityType: "CommitteeAgendaItem", entityId: itemId, before, after: { ...before, ...cleared } });
    await recordAudit(tx, { actor: user, prefectureId: session.prefectureId, action: "UPDATE", entityType: "Application", entityId: application.id, before: outcome(application), after: applicationAfter });
    return { callSlug: application.call.slug, grantId: null };
  });
}
