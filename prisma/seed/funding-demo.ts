// Writes (and removes) the funding cycle's demonstration data of funding-demo-data.ts in Tanger-Assilah:
// calls, applications with their PDF documents, screening checks, reviews by the demo accounts, a held
// committee session, the grants and cooperatives its approvals created, conventions and a paid tranche.
// Every call, application, session, cooperative and grant is flagged isDemo; the rest hangs from them.
// The grants obey lib/grants/rules.ts and carry their dashboard facts: they count in the dashboard totals
// like the other demonstration grants.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { UNUSABLE_PASSWORD_HASH } from "@/lib/auth/password";
import { checkGrantAmounts } from "@/lib/grants/rules";
import { cooperativeFacts, grantFactColumns } from "@/lib/dashboards/grant-facts";
import { rebuildGrantSummaries } from "@/lib/dashboards/grant-summary";
import { cooperativeSearchText, grantSearchText } from "@/lib/search/search-text";
import { searchTextOf } from "@/lib/search/fold";
import { DEMO_USERS } from "./demo-users";
import {
  CRITERIA, DECIDED_APPLICATIONS, DECIDED_CALL, OPEN_APPLICATIONS, OPEN_CALL, REQUIRED_DOCUMENTS, SESSION,
  type DemoApplicationData, type DemoCallData,
} from "./funding-demo-data";

type Tx = Prisma.TransactionClient;
export type FundingDemoCounts = { calls: number; applications: number; grants: number };

const DAY_MS = 24 * 3600 * 1000;
const centimes = (dirhams: number) => BigInt(dirhams) * 100n;
/** A calendar date at UTC midnight, as grant dates are stored. */
const dateOnly = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/** A one-page PDF naming the document, generated here so no file ships with the seed. */
export function demoPdf(title: string): Buffer {
  const safe = title.replace(/[^A-Za-z0-9 .,'-]/g, " ");
  const stream = `BT /F1 14 Tf 50 780 Td (${safe}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/**
 * The demo accounts that write the reviews and checks. When the demonstration accounts were not asked for
 * (DEMO_ACCOUNTS), they are created inactive and without a usable password: they only sign the demo's
 * records, and seedDemoUsers activates them with a password if the accounts are asked for later.
 */
async function demoReviewers(tx: Tx, prefectureId: number): Promise<number[]> {
  const ids: number[] = [];
  for (const email of ["staff@demo.indh.ma", "admin@demo.indh.ma"]) {
    const demo = DEMO_USERS.find((u) => u.email === email)!;
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    ids.push(existing?.id ?? (await tx.user.create({ data: { ...demo, prefectureId, isDemo: true, isActive: false, passwordHash: UNUSABLE_PASSWORD_HASH } })).id);
  }
  return ids;
}

async function references(tx: Tx, prefectureId: number) {
  const [communes, sectors, programme] = await Promise.all([
    tx.commune.findMany({ where: { prefectureId }, select: { id: true, code: true } }),
    tx.sector.findMany({ select: { id: true, code: true } }),
    tx.programme.findFirstOrThrow({ where: { number: 3, phase: { number: 3 } }, select: { id: true, axes: { select: { id: true, code: true } } } }),
  ]);
  const lookup = (what: string, rows: { id: number; code: string }[]) => (code: string) => {
    const row = rows.find((r) => r.code === code);
    if (!row) throw new Error(`seedFundingDemo: ${what} "${code}" is missing; run seedReference first.`);
    return row.id;
  };
  return { programmeId: programme.id, axis: lookup("axis", programme.axes), commune: lookup("commune", communes), sector: lookup("sector", sectors) };
}

type Refs = Awaited<ReturnType<typeof references>>;
type Call = { id: number; axisId: number; documentIds: number[]; criterionIds: number[] };

async function createCall(tx: Tx, prefectureId: number, refs: Refs, data: DemoCallData, now: number): Promise<Call> {
  const axisId = refs.axis(data.axisCode);
  const opensAt = new Date(now + data.opensInDays * DAY_MS);
  const call = await tx.callForProjects.create({
    data: {
      prefectureId, programmeId: refs.programmeId, slug: data.slug, reference: data.reference,
      titleAr: data.titleAr, titleFr: data.titleFr, textAr: data.textAr, textFr: data.textFr,
      opensAt, closesAt: new Date(now + data.closesInDays * DAY_MS), envelopeCentimes: centimes(data.envelopeDirhams),
      status: "PUBLISHED", publishedAt: opensAt, resultsPublic: data.resultsPublic, isDemo: true,
      axes: { create: [{ axisId }] },
      requiredDocuments: { create: REQUIRED_DOCUMENTS.map((d, i) => ({ position: i + 1, ...d })) },
      criteria: { create: CRITERIA.map((c, i) => ({ position: i + 1, ...c })) },
    },
    include: { requiredDocuments: { orderBy: { position: "asc" } }, criteria: { orderBy: { position: "asc" } } },
  });
  return { id: call.id, axisId, documentIds: call.requiredDocuments.map((d) => d.id), criterionIds: call.criteria.map((c) => c.id) };
}

/** sum(score x weight) / 10, out of 100 (weights are multiples of 10, so it is whole). */
const totalScore = (scores: readonly number[]) => scores.reduce((sum, s, i) => sum + s * CRITERIA[i]!.weight, 0) / 10;

async function createApplication(tx: Tx, prefectureId: number, refs: Refs, call: Call, a: DemoApplicationData, reviewers: number[], now: number) {
  const [staff] = reviewers as [number, number];
  const submittedAt = new Date(now - a.submittedDaysAgo * DAY_MS);
  const screened = a.outcome !== "RECEIVED";
  const registerNumber = `DEMO-AAP-${a.code}`;
  const application = await tx.application.create({
    data: {
      prefectureId, callId: call.id, axisId: call.axisId, receiptCode: `DEMO-${a.code}`,
      accessTokenHash: createHash("sha256").update(randomBytes(24)).digest("hex"),
      channel: a.channel, language: a.language, applicantRegisterNumber: registerNumber,
      applicantNameAr: a.nameAr, applicantNameFr: a.nameFr, applicantCommuneId: refs.commune(a.communeCode), applicantSectorId: refs.sector(a.sectorCode),
      members: a.members, womenMembers: a.womenMembers, youngMembers: a.youngMembers,
      contactName: a.contactName, contactPhone: "0600000000", projectTitle: a.projectTitle, projectDescription: a.projectDescription,
      totalCostCentimes: centimes(a.totalCostDirhams), requestedIndhCentimes: centimes(a.requestedDirhams),
      beneficiaryContributionCentimes: centimes(a.totalCostDirhams - a.requestedDirhams),
      consentGivenAt: submittedAt, submittedAt, recordedById: a.channel === "PAPER" ? staff : null,
      status: a.outcome, screeningReason: a.screeningReason ?? null,
      screenedAt: screened ? new Date(submittedAt.getTime() + 7 * DAY_MS) : null, screenedById: screened ? staff : null,
      searchText: searchTextOf(registerNumber, a.nameAr, a.nameFr, a.projectTitle, `DEMO-${a.code}`), isDemo: true,
    },
  });
  const sent = a.missingLastDocument ? call.documentIds.slice(0, -1) : call.documentIds;
  for (const [i, requiredDocumentId] of sent.entries()) {
    const content = demoPdf(`${REQUIRED_DOCUMENTS[i]!.labelFr} - ${a.nameFr}`);
    const file = await tx.storedFile.create({
      data: {
        prefectureId, fileName: `document-${i + 1}.pdf`, mediaType: "application/pdf", sizeBytes: content.length,
        sha256: createHash("sha256").update(content).digest("hex"), content: new Uint8Array(content), uploadedById: a.channel === "PAPER" ? staff : null,
      },
    });
    await tx.applicationDocument.create({ data: { applicationId: application.id, requiredDocumentId, fileId: file.id } });
  }
  if (screened) {
    await tx.applicationDocumentCheck.createMany({
      data: call.documentIds.map((requiredDocumentId) => ({
        applicationId: application.id, requiredDocumentId, isValid: sent.includes(requiredDocumentId), checkedById: staff,
        note: sent.includes(requiredDocumentId) ? null : a.screeningReason ?? null, checkedAt: new Date(submittedAt.getTime() + 7 * DAY_MS),
      })),
    });
  }
  for (const [r, scores] of (a.scores ?? []).entries()) {
    await tx.review.create({
      data: {
        applicationId: application.id, reviewerId: reviewers[r]!, totalScore: totalScore(scores), submittedAt: new Date(submittedAt.getTime() + 12 * DAY_MS),
        comment: a.language === "ar" ? "ملف واضح ومكتمل." : "Dossier clair et complet.",
        scores: { create: scores.map((score, i) => ({ criterionId: call.criterionIds[i]!, score })) },
      },
    });
  }
  return { id: application.id, registerNumber, data: a, averageScore: average((a.scores ?? []).map(totalScore)) };
}

const average = (values: number[]) => (values.length === 0 ? null : Math.round(values.reduce((s, v) => s + v, 0) / values.length));

type Created = Awaited<ReturnType<typeof createApplication>>;

/** The cooperative, grant (two tranches, 60 % then 40 %) and, when asked, signed convention of an approval. */
async function approve(tx: Tx, prefectureId: number, refs: Refs, app: Created, approvedOn: Date, now: number): Promise<number> {
  const a = app.data;
  const cooperative = await tx.cooperative.create({
    data: {
      prefectureId, registerNumber: app.registerNumber, nameAr: a.nameAr, nameFr: a.nameFr, sectorId: refs.sector(a.sectorCode), communeId: refs.commune(a.communeCode),
      members: a.members, womenMembers: a.womenMembers, youngMembers: a.youngMembers, contactName: a.contactName, contactPhone: "0600000000",
      ...cooperativeFacts(a), searchText: cooperativeSearchText({ registerNumber: app.registerNumber, nameAr: a.nameAr, nameFr: a.nameFr, contactName: a.contactName }), isDemo: true,
    },
  });
  const indh = centimes(a.approvedDirhams!);
  const total = centimes(a.totalCostDirhams);
  const first = (indh * 60n) / 100n;
  const tranches = [
    { position: 1, plannedOn: dateOnly(new Date(approvedOn.getTime() + 30 * DAY_MS)), amountCentimes: first, paidOn: a.convention?.firstTranchePaid ? dateOnly(new Date(now + SESSION.tranchePaidInDays * DAY_MS)) : null },
    { position: 2, plannedOn: dateOnly(new Date(approvedOn.getTime() + 180 * DAY_MS)), amountCentimes: indh - first, paidOn: null },
  ];
  const money = { totalCostCentimes: total, indhContributionCentimes: indh, beneficiaryContributionCentimes: total - indh, partnerContributions: [], tranches };
  const violations = checkGrantAmounts(money);
  if (violations.length > 0) throw new Error(`seedFundingDemo: grant of ${a.code} breaks ${violations.map((v) => v.code).join(", ")}`);
  const titleAr = a.language === "ar" ? a.projectTitle : `مشروع ${a.nameAr}`;
  const titleFr = a.language === "fr" ? a.projectTitle : `Projet de la ${a.nameFr}`;
  const grant = await tx.grant.create({
    data: {
      prefectureId, cooperativeId: cooperative.id, programmeId: refs.programmeId, axisId: refs.axis(DECIDED_CALL.axisCode), titleAr, titleFr, approvedOn,
      totalCostCentimes: total, indhContributionCentimes: indh, beneficiaryContributionCentimes: total - indh,
      status: tranches.some((t) => t.paidOn) ? "IN_PROGRESS" : "APPROVED", searchText: grantSearchText({ titleAr, titleFr }), isDemo: true,
      ...(await grantFactColumns(tx, { cooperativeId: cooperative.id, approvedOn, partnerContributions: [], tranches })),
      tranches: { create: tranches },
    },
    include: { tranches: { orderBy: { position: "asc" } } },
  });
  await tx.application.update({ where: { id: app.id }, data: { grantId: grant.id, cooperativeId: cooperative.id } });
  if (a.convention) {
    await tx.convention.create({
      data: {
        prefectureId, grantId: grant.id, reference: `CONV-DEMO-${a.code}`,
        obligationsAr: "تلتزم التعاونية بإنجاز المشروع كما هو مبين في البطاقة التقنية وبتقديم تقرير عن كل مرحلة.",
        obligationsFr: "La coopérative réalise le projet tel que décrit dans sa fiche technique et rend compte de chaque étape.",
        resultsAr: "تجهيز الوحدة وتشغيلها وخلق مناصب شغل للشباب.", resultsFr: "Unité équipée et en service, emplois créés pour des jeunes.",
        signedOn: dateOnly(new Date(now + SESSION.conventionSignedInDays * DAY_MS)),
        milestones: {
          create: grant.tranches.map((t) => ({
            position: t.position, trancheId: t.id, dueOn: t.plannedOn,
            labelAr: t.position === 1 ? "اقتناء التجهيزات" : "تشغيل الوحدة", labelFr: t.position === 1 ? "Équipements achetés" : "Unité en service",
            reachedOn: t.paidOn ? dateOnly(new Date(now + SESSION.milestoneReachedInDays * DAY_MS)) : null,
          })),
        },
      },
    });
  }
  return grant.id;
}

async function counts(db: PrismaClient | Tx): Promise<FundingDemoCounts> {
  const [calls, applications, grants] = await Promise.all([
    db.callForProjects.count({ where: { isDemo: true } }),
    db.application.count({ where: { isDemo: true } }),
    db.grant.count({ where: { isDemo: true, application: { isNot: null } } }),
  ]);
  return { calls, applications, grants };
}

export async function seedFundingDemo(db: PrismaClient, prefectureId: number, now = Date.now()): Promise<FundingDemoCounts> {
  if (await db.callForProjects.findUnique({ where: { slug: OPEN_CALL.slug }, select: { id: true } })) return counts(db);
  return db.$transaction(
    async (tx) => {
      const refs = await references(tx, prefectureId);
      const reviewers = await demoReviewers(tx, prefectureId);
      const open = await createCall(tx, prefectureId, refs, OPEN_CALL, now);
      for (const a of OPEN_APPLICATIONS) await createApplication(tx, prefectureId, refs, open, a, reviewers, now);
      const decided = await createCall(tx, prefectureId, refs, DECIDED_CALL, now);
      const created: Created[] = [];
      for (const a of DECIDED_APPLICATIONS) created.push(await createApplication(tx, prefectureId, refs, decided, a, reviewers, now));

      const heldOn = new Date(now + SESSION.heldInDays * DAY_MS);
      const session = await tx.committeeSession.create({
        data: {
          prefectureId, heldOn, placeAr: SESSION.placeAr, placeFr: SESSION.placeFr, chairAr: SESSION.chairAr, chairFr: SESSION.chairFr,
          membersPresent: SESSION.membersPresent, status: "HELD", isDemo: true,
        },
      });
      // The agenda ranks the reviewed applications by score, best first.
      const agenda = created.filter((c) => ["APPROVED", "REJECTED", "DEFERRED"].includes(c.data.outcome)).sort((x, y) => (y.averageScore ?? 0) - (x.averageScore ?? 0));
      for (const [i, c] of agenda.entries()) {
        await tx.committeeAgendaItem.create({
          data: {
            sessionId: session.id, applicationId: c.id, rank: i + 1, scoreAtAgenda: c.averageScore, decision: c.data.outcome,
            approvedAmountCentimes: c.data.approvedDirhams === undefined ? null : centimes(c.data.approvedDirhams),
            reason: c.data.decisionReason ?? null, decidedAt: heldOn,
          },
        });
        await tx.application.update({ where: { id: c.id }, data: { decidedAt: heldOn } });
        if (c.data.outcome === "APPROVED") await approve(tx, prefectureId, refs, c, dateOnly(heldOn), now);
      }
      await rebuildGrantSummaries(tx);
      return counts(tx);
    },
    { timeout: 60_000 },
  );
}

/**
 * Removes the funding demo inside removeDemo's transaction, children first: agenda items and sessions,
 * conventions (their milestones point at tranches), applications (documents, checks and reviews cascade)
 * and their stored files, then the calls. removeDemo then deletes the demo grants and cooperatives.
 */
export async function removeFundingDemo(tx: Tx): Promise<FundingDemoCounts> {
  const realApplications = await tx.application.count({ where: { isDemo: false, OR: [{ call: { isDemo: true } }, { grant: { isDemo: true } }] } });
  if (realApplications > 0) {
    throw new Error(`removeDemo: ${realApplications} non-demo application(s) belong to demo calls or grants; move or delete them first.`);
  }
  const before = await counts(tx);
  const files = await tx.applicationDocument.findMany({ where: { application: { isDemo: true } }, select: { fileId: true } });
  await tx.committeeAgendaItem.deleteMany({ where: { OR: [{ application: { isDemo: true } }, { session: { isDemo: true } }] } });
  await tx.committeeSession.deleteMany({ where: { isDemo: true } });
  await tx.convention.deleteMany({ where: { grant: { isDemo: true } } });
  await tx.application.deleteMany({ where: { isDemo: true } });
  await tx.storedFile.deleteMany({ where: { id: { in: files.map((f) => f.fileId) } } });
  await tx.callForProjects.deleteMany({ where: { isDemo: true } });
  return before;
}
