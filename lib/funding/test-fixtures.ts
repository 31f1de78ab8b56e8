// Shared set-up of the funding-cycle tests (calls, applications, reviews, committee, conventions): records
// written straight through Prisma, so each part of the cycle can be tested from the state it starts in.
// Integration tests (vitest) and Playwright fixtures both use it; it never runs in the app.
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";

type Db = ReturnType<typeof getDb>;

/** The smallest file the content check accepts as a PDF. */
export const TINY_PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "latin1");

export type CallFixture = { id: number; slug: string; prefectureId: number; axisId: number; documentIds: number[]; criterionIds: number[] };

/**
 * A published call of Programme 3's social and solidarity economy axis in `prefectureId`, open from
 * yesterday to `closesInDays` from now, with two required documents and a three-line grid (40/30/30).
 * Needs the reference data (prisma/seed/reference.ts) in the database.
 */
export async function createCallFixture(prefectureId: number, options: { slug?: string; closesInDays?: number; status?: string; db?: Db } = {}): Promise<CallFixture> {
  const db = options.db ?? getDb();
  const axis = await db.axis.findFirstOrThrow({ where: { code: "SOCIAL-SOLIDARITY-ECONOMY" } });
  const slug = options.slug ?? `call-${randomBytes(4).toString("hex")}`;
  const day = 24 * 3600 * 1000;
  const call = await db.callForProjects.create({
    data: {
      prefectureId, programmeId: axis.programmeId, slug, reference: slug.toUpperCase(),
      titleAr: "طلب مشاريع للتعاونيات", titleFr: "Appel à projets des coopératives",
      textAr: "نص طلب المشاريع.", textFr: "Texte de l'appel à projets.",
      opensAt: new Date(Date.now() - day), closesAt: new Date(Date.now() + (options.closesInDays ?? 30) * day),
      envelopeCentimes: 500_000_000n, status: options.status ?? "PUBLISHED", publishedAt: new Date(),
      axes: { create: [{ axisId: axis.id }] },
      requiredDocuments: { create: [
        { position: 1, labelAr: "طلب موقع", labelFr: "Lettre de demande signée" },
        { position: 2, labelAr: "البطاقة التقنية للمشروع", labelFr: "Fiche technique du projet" },
      ] },
      criteria: { create: [
        { position: 1, labelAr: "الحاجة", labelFr: "Besoin", weight: 40 },
        { position: 2, labelAr: "قابلية الإنجاز", labelFr: "Faisabilité", weight: 30 },
        { position: 3, labelAr: "الأثر المتوقع", labelFr: "Impact attendu", weight: 30 },
      ] },
    },
    include: { requiredDocuments: { orderBy: { position: "asc" } }, criteria: { orderBy: { position: "asc" } } },
  });
  return {
    id: call.id, slug, prefectureId, axisId: axis.id,
    documentIds: call.requiredDocuments.map((d) => d.id), criterionIds: call.criteria.map((c) => c.id),
  };
}

export type ApplicationFixture = { id: number; receiptCode: string; accessToken: string };

/**
 * An online application to `call` from a cooperative of the call's prefecture (10 members, 6 women, 2
 * young), 400,000 MAD: 240,000 requested from the INDH (60 %), 160,000 from the cooperative, with one PDF
 * per required document. `status` lets a test start after screening or the committee.
 */
export async function createApplicationFixture(call: CallFixture, options: { registerNumber?: string; status?: string; db?: Db } = {}): Promise<ApplicationFixture> {
  const db = options.db ?? getDb();
  const commune = await db.commune.findFirstOrThrow({ where: { prefectureId: call.prefectureId }, orderBy: { id: "asc" } });
  const sector = await db.sector.findFirstOrThrow({ orderBy: { id: "asc" } });
  const accessToken = randomBytes(24).toString("base64url");
  const receiptCode = `T-${randomBytes(4).toString("hex").toUpperCase()}`;
  const registerNumber = options.registerNumber ?? `RC-${randomBytes(3).toString("hex")}`;
  const application = await db.application.create({
    data: {
      prefectureId: call.prefectureId, callId: call.id, axisId: call.axisId, receiptCode,
      accessTokenHash: createHash("sha256").update(accessToken).digest("hex"), channel: "ONLINE", language: "ar",
      applicantRegisterNumber: registerNumber, applicantNameAr: `تعاونية ${registerNumber}`, applicantNameFr: `Coopérative ${registerNumber}`,
      applicantCommuneId: commune.id, applicantSectorId: sector.id, members: 10, womenMembers: 6, youngMembers: 2,
      contactName: "Fatima", contactPhone: "0600000000", projectTitle: "وحدة تثمين", projectDescription: "تجهيز وحدة للتثمين.",
      totalCostCentimes: 40_000_000n, requestedIndhCentimes: 24_000_000n, beneficiaryContributionCentimes: 16_000_000n,
      consentGivenAt: new Date(), submittedAt: new Date(), status: options.status ?? "RECEIVED",
    },
  });
  for (const requiredDocumentId of call.documentIds) {
    const file = await db.storedFile.create({
      data: { prefectureId: call.prefectureId, fileName: `document-${requiredDocumentId}.pdf`, mediaType: "application/pdf", sizeBytes: TINY_PDF.length, sha256: createHash("sha256").update(TINY_PDF).digest("hex"), content: TINY_PDF },
    });
    await db.applicationDocument.create({ data: { applicationId: application.id, requiredDocumentId, fileId: file.id } });
  }
  return { id: application.id, receiptCode, accessToken };
}
