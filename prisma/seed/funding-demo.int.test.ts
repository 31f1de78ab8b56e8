// The funding cycle's demonstration data: every stage present, grants that obey the rules and count in the
// dashboard, the pipeline's exact figures, idempotent seeding, and a removal that leaves nothing behind.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { checkGrantAmounts } from "@/lib/grants/rules";
import { grantFacts } from "@/lib/dashboards/grant-facts";
import { getPipeline } from "@/lib/dashboards/pipeline-queries";
import { getDashboard } from "@/lib/dashboards/dashboard-queries";
import { seedReference } from "./reference";
import { removeDemo } from "./demo";
import { removeDemoUsers } from "./demo-users";
import { seedFundingDemo } from "./funding-demo";

const db = getDb();
const NOW = Date.UTC(2026, 11, 5, 8, 0, 0);
const DAY = 24 * 3600 * 1000;
const mad = (dirhams: number) => BigInt(dirhams) * 100n;
let prefectureId = 0;
let manager: SessionUser;

async function fundingRows() {
  const [calls, applications, documents, files, checks, reviews, scores, sessions, agenda, conventions, milestones, grants, cooperatives, users] = await Promise.all([
    db.callForProjects.count(), db.application.count(), db.applicationDocument.count(), db.storedFile.count(), db.applicationDocumentCheck.count(),
    db.review.count(), db.reviewScore.count(), db.committeeSession.count(), db.committeeAgendaItem.count(), db.convention.count(),
    db.conventionMilestone.count(), db.grant.count(), db.cooperative.count(), db.user.count({ where: { isDemo: true } }),
  ]);
  return { calls, applications, documents, files, checks, reviews, scores, sessions, agenda, conventions, milestones, grants, cooperatives, users };
}

beforeAll(async () => {
  ({ prefectureId } = await seedReference(db));
  const u = await db.user.create({ data: { email: "manager@funding-demo.test", name: "M", role: "MANAGER", prefectureId, passwordHash: "x" } });
  manager = { id: u.id, email: u.email, name: u.name, role: "MANAGER", isNational: false, prefectureId };
});

// In order on one database: seed, check, seed again, remove.
describe("seedFundingDemo / removeDemo", () => {
  it("writes an open call with two applications and a decided call with twelve, at every stage", async () => {
    expect(await seedFundingDemo(db, prefectureId, NOW)).toEqual({ calls: 2, applications: 14, grants: 6 });
    const open = await db.callForProjects.findUniqueOrThrow({ where: { slug: "appel-2026-economie-sociale-tanger" }, include: { requiredDocuments: true, criteria: true, applications: true } });
    expect(open.closesAt.getTime()).toBe(NOW + 21 * DAY);
    expect([open.status, open.requiredDocuments.length, open.criteria.map((c) => c.weight), open.applications.length]).toEqual(["PUBLISHED", 3, [40, 30, 30], 2]);
    const decided = await db.callForProjects.findUniqueOrThrow({ where: { slug: "appel-2025-revenus-jeunes-tanger" } });
    expect([decided.resultsPublic, decided.closesAt < new Date(NOW)]).toEqual([true, true]);
    const statuses = await db.application.groupBy({ by: ["status"], where: { callId: decided.id }, _count: { _all: true }, orderBy: { status: "asc" } });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count._all]))).toEqual({ APPROVED: 6, DEFERRED: 1, ELIGIBLE: 1, INELIGIBLE: 2, REJECTED: 2 });
    const session = await db.committeeSession.findFirstOrThrow({ include: { agendaItems: true } });
    expect([session.status, session.isDemo, session.agendaItems.length]).toEqual(["HELD", true, 9]);
    // Every document is a real (tiny) PDF; the ineligible applicant missing one has two.
    const files = await db.storedFile.findMany({ select: { content: true, mediaType: true } });
    expect(files.length).toBe(14 * 3 - 1);
    expect(files.every((f) => f.mediaType === "application/pdf" && Buffer.from(f.content).subarray(0, 5).toString() === "%PDF-")).toBe(true);
    // Reviews are the demo accounts'.
    const reviewers = await db.user.findMany({ where: { reviews: { some: {} } }, select: { email: true, isDemo: true } });
    expect(reviewers.map((r) => r.email).sort()).toEqual(["admin@demo.indh.ma", "staff@demo.indh.ma"]);
    expect(reviewers.every((r) => r.isDemo)).toBe(true);
  });

  it("creates grants that obey the grant rules, carry their facts and are linked with their cooperatives", async () => {
    const grants = await db.grant.findMany({ include: { tranches: true, partnerContributions: true, cooperative: true, application: true, convention: { include: { milestones: true } } } });
    expect(grants).toHaveLength(6);
    for (const g of grants) {
      expect(checkGrantAmounts(g)).toEqual([]);
      expect([g.isDemo, g.cooperative.isDemo, g.application?.cooperativeId]).toEqual([true, true, g.cooperativeId]);
      expect(g.communeId).toBe(grantFacts(g, g.cooperative).communeId);
      expect(g.tranchesPlannedCentimes).toBe(g.indhContributionCentimes);
    }
    const signed = grants.filter((g) => g.convention?.signedOn);
    expect(signed).toHaveLength(2);
    const paid = grants.flatMap((g) => g.tranches.filter((t) => t.paidOn));
    expect(paid).toHaveLength(1);
    // The paid tranche is released by a reached milestone of a signed convention.
    const milestone = await db.conventionMilestone.findUniqueOrThrow({ where: { trancheId: paid[0]!.id }, include: { convention: true } });
    expect([milestone.reachedOn !== null, milestone.convention.signedOn !== null]).toEqual([true, true]);
  });

  it("gives the pipeline and the dashboard exact figures", async () => {
    const p = (await getPipeline(manager, {}, "fr")).total;
    expect(p.stages).toEqual({
      received: { count: 14, amountCentimes: mad(2_105_000) },
      eligible: { count: 10, amountCentimes: mad(1_335_000) },
      reviewed: { count: 10, amountCentimes: mad(1_335_000) },
      approved: { count: 6, amountCentimes: mad(865_000) },
      signed: { count: 2, amountCentimes: mad(330_000) },
      paid: { count: 1, amountCentimes: mad(108_000) },
    });
    expect([p.decided, p.approvedDecisions]).toEqual([9 - 1, 6]);
    // Decided 14 days ago; submitted 70, 66, 50, 48, 45, 42, 40, 38 days ago: median of 56, 52, 36, 34, 31, 28, 26, 24 = (34 + 31) / 2.
    expect(p.medianDaysToDecision).toBe(32.5);
    const d = await getDashboard(manager, {}, "fr");
    expect([d.headline.grants, d.headline.indhContributionCentimes, d.headline.tranchesPaidCentimes, d.headline.cooperativesFunded]).toEqual([6, mad(865_000), mad(108_000), 6]);
  });

  it("changes nothing when seeded again", async () => {
    const before = await fundingRows();
    expect(await seedFundingDemo(db, prefectureId, NOW + 3 * DAY)).toEqual({ calls: 2, applications: 14, grants: 6 });
    expect(await fundingRows()).toEqual(before);
  });

  it("removes it all with removeDemo and the demo accounts, keeping a real reviewer", async () => {
    const real = await db.user.create({ data: { email: "reviewer@real.test", name: "R", role: "STAFF", prefectureId, passwordHash: "x" } });
    const application = await db.application.findFirstOrThrow({ where: { status: "ELIGIBLE", isDemo: true } });
    await db.review.create({ data: { applicationId: application.id, reviewerId: real.id } });
    await removeDemo(db);
    await removeDemoUsers(db);
    expect(await fundingRows()).toEqual({
      calls: 0, applications: 0, documents: 0, files: 0, checks: 0, reviews: 0, scores: 0, sessions: 0, agenda: 0, conventions: 0, milestones: 0, grants: 0, cooperatives: 0, users: 0,
    });
    expect(await db.grantTranche.count()).toBe(0);
    expect(await db.user.findUnique({ where: { id: real.id } })).not.toBeNull();
    const d = await getDashboard(manager, {}, "fr");
    expect(d.headline.grants).toBe(0);
  });
});
