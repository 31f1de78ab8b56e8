// Reconciliation compares a presentation's reported figures with the records of the event's own prefecture
// or province and the reported period, nothing else; with no records there it says so rather than compare
// with zeros. Real database: the seed (Tanger-Assilah, its article and demonstration grants) plus a second
// province created here with its own commune, cooperative and grants.
import { fillMissingDashboardFacts } from "@/prisma/seed/dashboard-facts";
import { rebuildGrantSummaries } from "@/lib/dashboards/grant-summary";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { seedAll } from "@/prisma/seed/seed-all";
import { getHeadlineFigures } from "@/lib/dashboards/queries";
import { listReportedPresentations } from "@/lib/dashboards/reported-presentations";
import { getPublishedEvent } from "@/lib/events/queries";
import type { ReportedFigures } from "./compare";
import { reconcileWithRecords } from "./queries";

const SEED_SLUG = "cooperatives-day-tanger-2025";
const reported2019to2025: ReportedFigures = {
  periodStartYear: 2019, periodEndYear: 2025, cooperativesFunded: 3, urbanCooperatives: null, ruralCooperatives: null,
  totalEnvelopeCentimes: 90_000_000n, indhContributionCentimes: null,
};

let tangerId: number;
let province: { id: number; cooperativeId: number; programmeId: number; staff: SessionUser };

async function addGrant(approvedOn: string, status = "APPROVED", totalCostCentimes = 40_000_000n) {
  await getDb().grant.create({
    data: {
      prefectureId: province.id, cooperativeId: province.cooperativeId, programmeId: province.programmeId, titleAr: "منحة", titleFr: "Projet",
      approvedOn: new Date(`${approvedOn}T00:00:00Z`), status, totalCostCentimes, indhContributionCentimes: totalCostCentimes / 2n,
      beneficiaryContributionCentimes: totalCostCentimes / 2n,
    },
  });
  // Written past the grant mutations: its dashboard facts and summaries as the seed fills them after bulk writes.
  await fillMissingDashboardFacts(getDb());
  await getDb().$transaction((tx) => rebuildGrantSummaries(tx));
}

beforeAll(async () => {
  const db = getDb();
  await seedAll(db, { demo: true });
  tangerId = (await db.event.findUniqueOrThrow({ where: { slug: SEED_SLUG } })).prefectureId;
  const region = await db.region.findFirstOrThrow();
  const created = await db.prefecture.create({ data: { code: "TEST-PROVINCE", nameAr: "إقليم التجربة", nameFr: "Province d'essai", regionId: region.id } });
  const commune = await db.commune.create({ data: { prefectureId: created.id, code: "C1", nameAr: "جماعة", nameFr: "Commune", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } });
  const sector = await db.sector.findFirstOrThrow();
  const cooperative = await db.cooperative.create({
    data: { prefectureId: created.id, registerNumber: "P-1", nameAr: "تعاونية", nameFr: "Coopérative", sectorId: sector.id, communeId: commune.id, members: 10, womenMembers: 6, youngMembers: 2 },
  });
  const programmeId = (await db.programme.findFirstOrThrow()).id;
  const u = await db.user.create({ data: { email: "staff@province.test", name: "Staff", role: "STAFF", prefectureId: created.id, passwordHash: "x" } });
  province = { id: created.id, cooperativeId: cooperative.id, programmeId, staff: { id: u.id, email: u.email, name: u.name, role: "STAFF", isNational: false, prefectureId: created.id } };
});

describe("reconcileWithRecords", () => {
  it("the seed article is still compared with Tanger-Assilah's own records for 2019-2025", async () => {
    const event = (await getPublishedEvent(SEED_SLUG, "fr"))!;
    const reported = event.presentations.find((p) => p.reported.periodStartYear !== null)!.reported;
    const result = await reconcileWithRecords(event.prefectureId, reported);
    expect(result.kind).toBe("compared");
    if (result.kind !== "compared") return;
    expect(result.period).toEqual({ fromYear: 2019, toYear: 2025 });
    const { computedAt: _a, ...expected } = await getHeadlineFigures({ prefectureId: tangerId, period: { fromYear: 2019, toYear: 2025 } });
    const { computedAt: _b, ...actual } = result.computed;
    expect(actual).toEqual(expected);
    expect(actual.grants).toBeGreaterThan(0);
  });

  it("says no records are held when the province has none, naming it and the period, instead of zeros", async () => {
    expect(await reconcileWithRecords(province.id, reported2019to2025)).toEqual({
      kind: "noRecords", period: { fromYear: 2019, toYear: 2025 }, prefecture: { nameAr: "إقليم التجربة", nameFr: "Province d'essai" },
    });
  });

  it("still holds nothing to compare when the province's only grants are outside the period or cancelled", async () => {
    await addGrant("2018-06-01");
    await addGrant("2026-01-01");
    await addGrant("2021-06-01", "CANCELLED");
    expect((await reconcileWithRecords(province.id, reported2019to2025)).kind).toBe("noRecords");
  });

  it("once the province holds a grant in the period, compares with that grant only, not with Tanger-Assilah's", async () => {
    await addGrant("2021-03-15", "APPROVED", 60_000_000n);
    const tangerBefore = await getHeadlineFigures({ prefectureId: tangerId, period: { fromYear: 2019, toYear: 2025 } });
    const result = await reconcileWithRecords(province.id, reported2019to2025);
    expect(result.kind).toBe("compared");
    if (result.kind !== "compared") return;
    expect(result.computed).toMatchObject({ grants: 1, cooperativesFunded: 1, totalCostCentimes: 60_000_000n, indhContributionCentimes: 30_000_000n, includesDemoData: false });
    expect(result.computed.byZone.RURAL.cooperativesFunded).toBe(1);
    expect(result.computed.byZone.URBAN.grants).toBe(0);
    expect(tangerBefore.grants).toBeGreaterThan(1); // Tanger-Assilah has many, none of which counted above
  });

  it("compares nothing when the presenter stated no period", async () => {
    expect(await reconcileWithRecords(province.id, { ...reported2019to2025, periodStartYear: null })).toEqual({ kind: "noPeriod" });
  });
});

describe("the dashboard's reported presentations", () => {
  it("lists only the events of the user's prefecture, each carrying its own prefecture for the reconciliation", async () => {
    const db = getDb();
    const organiser = await db.organisation.create({ data: { prefectureId: province.id, code: "DAS", kind: "OTHER", nameAr: "قسم", nameFr: "DAS" } });
    const event = await db.event.create({
      data: {
        prefectureId: province.id, slug: "province-meeting", kind: "WORKSHOP", status: "PUBLISHED", titleAr: "لقاء", titleFr: "Rencontre",
        startsAt: new Date("2025-05-20T09:00:00Z"), venueAr: "قاعة", venueFr: "Salle", organiserId: organiser.id,
        summaryAr: "م", summaryFr: "R", bodyAr: "ن", bodyFr: "T",
      },
    });
    await db.presentation.create({
      data: { eventId: event.id, position: 1, titleAr: "عرض", titleFr: "Exposé", presenterRoleAr: "ممثل", presenterRoleFr: "Représentant", summaryAr: "", summaryFr: "", reportedPeriodStartYear: 2019, reportedPeriodEndYear: 2025, reportedCooperativesFunded: 3 },
    });
    const rows = await listReportedPresentations(province.staff, "fr");
    expect(rows.map((r) => [r.eventTitle, r.prefectureId])).toEqual([["Rencontre", province.id]]);
  });
});
