// A hand-made Dashboard for the export and chart tests: Arabic labels, a label that looks like a
// formula, one with a comma, quotes and a line break, and amounts with centimes.
import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";
import { EMPTY_TOTALS, type Breakdown, type Dashboard, type DashboardTotals } from "@/lib/dashboards/dashboard-types";
import type { AppLocale } from "@/lib/i18n/locales";
import type { DashboardTranslate } from "@/lib/exports/translate";

export function dashboardT(locale: AppLocale): DashboardTranslate {
  return createTranslator({ locale, messages: locale === "ar" ? ar : fr, namespace: "Dashboard" }) as DashboardTranslate;
}

export function totals(grants: number, totalCost: bigint, indh: bigint, partners = 0n, paid = 0n): DashboardTotals {
  return {
    grants,
    totalCostCentimes: totalCost,
    indhContributionCentimes: indh,
    partnersContributionCentimes: partners,
    beneficiaryContributionCentimes: totalCost - indh - partners,
    tranchesPlannedCentimes: indh,
    tranchesPaidCentimes: paid,
  };
}

export function sum(list: DashboardTotals[]): DashboardTotals {
  return list.reduce((a, b) => ({
    grants: a.grants + b.grants,
    totalCostCentimes: a.totalCostCentimes + b.totalCostCentimes,
    indhContributionCentimes: a.indhContributionCentimes + b.indhContributionCentimes,
    partnersContributionCentimes: a.partnersContributionCentimes + b.partnersContributionCentimes,
    beneficiaryContributionCentimes: a.beneficiaryContributionCentimes + b.beneficiaryContributionCentimes,
    tranchesPlannedCentimes: a.tranchesPlannedCentimes + b.tranchesPlannedCentimes,
    tranchesPaidCentimes: a.tranchesPaidCentimes + b.tranchesPaidCentimes,
  }), EMPTY_TOTALS);
}

const U1 = totals(3, 1_317_909_105n, 790_745_463n, 200_000_000n, 400_000_000n);
const U2 = totals(2, 250_000_050n, 150_000_000n, 0n, 150_000_000n);
const R1 = totals(4, 900_000_000n, 720_000_000n, 90_000_000n, 360_000_000n);
const R2 = totals(1, 45_000_099n, 36_000_000n);
const ALL = sum([U1, U2, R1, R2]);

function breakdown(rows: [string, string, DashboardTotals, Breakdown["rows"][number]["filter"]][]): Breakdown {
  return { rows: rows.map(([key, label, t, filter]) => ({ key, label, totals: t, filter })), total: sum(rows.map((r) => r[2])) };
}

export const testDashboard: Dashboard = {
  computedAt: new Date("2025-07-09T10:00:00Z"),
  filters: { fromYear: 2019, toYear: 2025, programmeId: 2 },
  includesDemoData: true,
  headline: { ...ALL, cooperativesFunded: 9, urbanCooperativesFunded: 4, ruralCooperativesFunded: 5, womenLedCooperatives: 3, youthCooperatives: 2 },
  cancelled: totals(1, 10_000_000n, 8_000_000n),
  zoneByPhase: {
    phases: [{ id: 2, number: 2, label: "المرحلة الثانية" }, { id: 3, number: 3, label: "المرحلة الثالثة" }],
    zones: ["URBAN", "RURAL"],
    cells: { URBAN: { 2: U1, 3: U2 }, RURAL: { 2: R1, 3: R2 } },
    zoneTotals: { URBAN: sum([U1, U2]), RURAL: sum([R1, R2]) },
    phaseTotals: { 2: sum([U1, R1]), 3: sum([U2, R2]) },
    grandTotal: ALL,
  },
  byProgramme: breakdown([["2", "برنامج تحسين الدخل والإدماج الاقتصادي للشباب", ALL, { programmeId: 2 }]]),
  byAxis: breakdown([["5", "=HYPERLINK(\"http://x\")", sum([U1, R1]), { axisId: 5 }], ["6", "-دعم, \"المقاولات\"\nالصغيرة", sum([U2, R2]), { axisId: 6 }]]),
  byCommune: breakdown([["10", "طنجة", sum([U1, U2]), { communeId: 10 }], ["11", "أصيلة", sum([R1, R2]), { communeId: 11 }]]),
  byPrefecture: null,
  byYear: breakdown([["2019", "2019", U1, { fromYear: 2019, toYear: 2019 }], ["2021", "2021", sum([U2, R1]), { fromYear: 2021, toYear: 2021 }], ["2024", "2024", R2, { fromYear: 2024, toYear: 2024 }]]),
  bySector: breakdown([["1", "الفلاحة", sum([U1, R1, R2]), {}], ["2", "الصناعة التقليدية", U2, {}]]),
  // As lib/dashboards/dashboard-breakdowns.ts gives them: a status row is labelled with its code.
  byStatus: breakdown([["APPROVED", "APPROVED", sum([U1, R2]), { status: "APPROVED" }], ["COMPLETED", "COMPLETED", sum([U2, R1]), { status: "COMPLETED" }]]),
};
