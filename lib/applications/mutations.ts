import "server-only";
// Recording an application, from the public form or from a paper file, in ONE transaction: the application,
// its files and their links, and the audit entry. Any refusal (call not open, a document missing, a choice
// not of this call, a duplicate) throws before the commit, so nothing is kept half-way.
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DomainError, type Violation } from "@/lib/domain-error";
import { FormRefusedError, RecordNotFoundError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { storeFile } from "@/lib/files/mutations";
import type { CheckedFile } from "@/lib/files/check";
import { searchTextOf } from "@/lib/search/fold";
import { hashAccessToken, newAccessToken, newReceiptCode } from "@/lib/applications/receipt";
import type { ApplicationInput } from "@/lib/applications/schema";
import type { SubmissionContext, SubmittedApplication } from "@/lib/applications/types";
import { utcToZonedParts } from "@/lib/events/casablanca-time";

type Tx = Prisma.TransactionClient;

/** The form field of a required document's files. */
export const documentField = (requiredDocumentId: number) => `documents.${requiredDocumentId}`;

/**
 * A paper file counts on the Morocco calendar day the office received it (receivedOn, UTC midnight of that
 * day): from the call's opening day to its closing day, and never after today.
 */
function receivedDayViolations(call: { opensAt: Date; closesAt: Date }, receivedOn: Date, now: Date): Violation[] {
  const day = receivedOn.toISOString().slice(0, 10);
  if (day > utcToZonedParts(now).date) return [{ field: "receivedOn", code: "apply.receivedInFuture" }];
  if (day < utcToZonedParts(call.opensAt).date) return [{ field: "receivedOn", code: "apply.receivedBeforeOpening" }];
  if (day > utcToZonedParts(call.closesAt).date) return [{ field: "receivedOn", code: "apply.receivedAfterClosing" }];
  return [];
}

async function openCall(tx: Tx, callId: number, now: Date, receivedOn?: Date) {
  const call = await tx.callForProjects.findFirst({
    where: { id: callId, status: "PUBLISHED" },
    select: { id: true, slug: true, prefectureId: true, opensAt: true, closesAt: true, axes: { select: { axisId: true } }, requiredDocuments: { select: { id: true } } },
  });
  if (!call) throw new RecordNotFoundError();
  if (receivedOn) {
    const violations = receivedDayViolations(call, receivedOn, now);
    if (violations.length > 0) throw new DomainError(violations);
    return call;
  }
  if (now < call.opensAt) throw new FormRefusedError("apply.callNotYetOpen");
  if (now > call.closesAt) throw new FormRefusedError("apply.callClosed");
  return call;
}

type OpenCall = Awaited<ReturnType<typeof openCall>>;

async function checkChoices(tx: Tx, call: OpenCall, input: ApplicationInput, files: CheckedFile[]): Promise<void> {
  const violations: Violation[] = [];
  const commune = await tx.commune.findFirst({ where: { id: input.communeId, prefectureId: call.prefectureId }, select: { id: true } });
  if (!commune) violations.push({ field: "communeId", code: "apply.communeNotInPrefecture" });
  const sector = await tx.sector.findUnique({ where: { id: input.sectorId }, select: { id: true } });
  if (!sector) violations.push({ field: "sectorId", code: "unknownSector" });
  if (!call.axes.some((a) => a.axisId === input.axisId)) violations.push({ field: "axisId", code: "apply.axisNotInCall" });
  const expected = new Set(call.requiredDocuments.map((d) => documentField(d.id)));
  for (const file of files) {
    if (!expected.has(file.field)) violations.push({ field: file.field, code: "apply.unknownDocument" });
  }
  for (const field of expected) {
    if (!files.some((f) => f.field === field)) violations.push({ field, code: "apply.documentMissing" });
  }
  const duplicate = await tx.application.findFirst({ where: { callId: call.id, applicantRegisterNumber: input.registerNumber }, select: { id: true } });
  if (duplicate) violations.push({ field: "registerNumber", code: "apply.alreadyApplied" });
  if (violations.length > 0) throw new DomainError(violations);
}

/**
 * Records an application to `callId` with its checked files (lib/files/check.ts). Returns the private
 * link's token, which is stored nowhere: only its hash is.
 */
export async function submitApplication(callId: number, input: ApplicationInput, files: CheckedFile[], context: SubmissionContext, now = new Date()): Promise<SubmittedApplication> {
  const accessToken = newAccessToken();
  try {
    return await getDb().$transaction(async (tx) => {
      const receivedOn = context.channel === "PAPER" ? context.receivedOn : undefined;
      const call = await openCall(tx, callId, now, receivedOn);
      await checkChoices(tx, call, input, files);
      const cooperative = await tx.cooperative.findFirst({ where: { prefectureId: call.prefectureId, registerNumber: input.registerNumber }, select: { id: true } });
      const recordedById = context.channel === "PAPER" ? context.recordedBy.id : null;
      const application = await tx.application.create({
        data: {
          prefectureId: call.prefectureId, callId: call.id, axisId: input.axisId, cooperativeId: cooperative?.id ?? null,
          receiptCode: newReceiptCode(), accessTokenHash: hashAccessToken(accessToken), channel: context.channel, language: context.language,
          applicantRegisterNumber: input.registerNumber, applicantNameAr: input.nameAr, applicantNameFr: input.nameFr,
          applicantCommuneId: input.communeId, applicantSectorId: input.sectorId,
          members: input.members, womenMembers: input.womenMembers, youngMembers: input.youngMembers,
          contactName: input.contactName, contactPhone: input.contactPhone, contactEmail: input.contactEmail,
          projectTitle: input.projectTitle, projectDescription: input.projectDescription,
          totalCostCentimes: input.totalCostCentimes, requestedIndhCentimes: input.requestedIndhCentimes,
          beneficiaryContributionCentimes: input.beneficiaryContributionCentimes, partnersContributionCentimes: input.partnersContributionCentimes,
          partnersDescription: input.partnersDescription, consentGivenAt: now, submittedAt: receivedOn ?? now, recordedById,
          searchText: searchTextOf(input.registerNumber, input.nameAr, input.nameFr, input.projectTitle, input.contactName),
        },
      });
      const documents: { requiredDocumentId: number; fileId: number; fileName: string; sha256: string }[] = [];
      for (const file of files) {
        const fileId = await storeFile(tx, file, { prefectureId: call.prefectureId, uploadedById: recordedById });
        const requiredDocumentId = Number(file.field.slice("documents.".length));
        await tx.applicationDocument.create({ data: { applicationId: application.id, requiredDocumentId, fileId } });
        documents.push({ requiredDocumentId, fileId, fileName: file.fileName, sha256: file.sha256 });
      }
      const { accessTokenHash: _hash, searchText: _search, ...snapshot } = application;
      await recordAudit(tx, {
        actor: context.channel === "PAPER" ? context.recordedBy : { id: null, email: "public-form" },
        prefectureId: call.prefectureId, action: "CREATE", entityType: "Application", entityId: application.id,
        after: { ...snapshot, documents: documents.map((d) => `${d.fileName} (sha256 ${d.sha256.slice(0, 12)})`).join(", ") },
      });
      return { id: application.id, receiptCode: application.receiptCode, accessToken, callSlug: call.slug };
    }, { timeout: 60_000, maxWait: 30_000 });
  } catch (error) {
    // Two submissions of one cooperative at once: the second is stopped by the unique index.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError([{ field: "registerNumber", code: "apply.alreadyApplied" }]);
    }
    throw error;
  }
}
