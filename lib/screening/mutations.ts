import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import { FormRefusedError, RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { DomainError } from "@/lib/domain-error";
import type { ScreeningInput } from "@/lib/screening/schema";
import { applicationSearchText, liveEligibility, SCREENABLE_STATUSES, screeningSelect, screeningSnapshot, type ScreenedApplication } from "@/lib/screening/stored-application";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

const load = (tx: Tx, user: SessionUser, id: number) =>
  tx.application.findFirst({ where: { id, ...prefectureScope(user) }, select: screeningSelect }) as Promise<ScreenedApplication | null>;

/** What the form shows of the stored decision, to say what another user changed. */
const formValues = (a: ScreenedApplication) => ({ decision: SCREENABLE_STATUSES.includes(a.status) && a.status !== "RECEIVED" ? a.status : "", reason: a.screeningReason ?? "" });

/**
 * Records the checklist and the decision of a screening, with the rules evaluated now. Re-screening is
 * allowed until the application is put on a committee agenda; after that the committee's file is fixed.
 */
export async function screenApplication(user: SessionUser, id: number, input: ScreeningInput): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const before = await load(tx, user, id);
    if (!before) throw new RecordNotFoundError();
    if (before._count.agendaItems > 0) throw new FormRefusedError("screening.onAgenda");
    if (!SCREENABLE_STATUSES.includes(before.status)) throw new FormRefusedError("screening.closed");
    if (before.version !== input.version) throw new VersionConflictError(formValues(before), before.version);

    // The checklist must be exactly the call's required documents: one line each, none foreign.
    const required = before.call.requiredDocuments.map((d) => d.id);
    const given = input.checks.map((c) => c.documentId);
    if (given.length !== required.length || new Set(given).size !== given.length || !given.every((d) => required.includes(d))) {
      throw new FormRefusedError("screening.checklistChanged");
    }

    const rules = liveEligibility(before);
    const contradicted = rules.some((r) => !r.passed) || input.checks.some((c) => !c.valid);
    if (input.decision === "ELIGIBLE" && contradicted && !input.reason) {
      throw new DomainError([{ field: "reason", code: "screening.reasonContradicts" }]);
    }

    const now = new Date();
    const { count } = await tx.application.updateMany({
      where: { id, version: input.version },
      data: {
        status: input.decision, screeningReason: input.reason, eligibilityResults: JSON.stringify(rules), screenedAt: now, screenedById: user.id,
        searchText: applicationSearchText(before), version: { increment: 1 },
      },
    });
    if (count === 0) {
      const current = (await load(tx, user, id))!;
      throw new VersionConflictError(formValues(current), current.version);
    }
    await tx.applicationDocumentCheck.deleteMany({ where: { applicationId: id } });
    await tx.applicationDocumentCheck.createMany({
      data: input.checks.map((c) => ({ applicationId: id, requiredDocumentId: c.documentId, isValid: c.valid, note: c.note, checkedById: user.id, checkedAt: now })),
    });
    const after = (await load(tx, user, id))!;
    await recordAudit(tx, { actor: user, prefectureId: before.prefectureId, action: "UPDATE", entityType: "Application", entityId: id, before: screeningSnapshot(before), after: screeningSnapshot(after) });
    return { id };
  });
}
