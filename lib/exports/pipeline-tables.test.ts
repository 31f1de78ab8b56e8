import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";
import type { Pipeline, PipelineFigures } from "@/lib/dashboards/pipeline-types";
import type { AppLocale } from "@/lib/i18n/locales";
import { pipelineTables } from "./pipeline-tables";
import { toCsv } from "./csv";
import { toXlsx } from "./xlsx";
import { dashboardT } from "./test-fixtures";
import type { DashboardTranslate } from "./translate";

const pipelineT = (locale: AppLocale) => createTranslator({ locale, messages: locale === "ar" ? ar : fr, namespace: "Pipeline" }) as DashboardTranslate;

const F = (counts: number[], amounts: bigint[], decided: number, approved: number, median: number | null): PipelineFigures => ({
  stages: {
    received: { count: counts[0]!, amountCentimes: amounts[0]! }, eligible: { count: counts[1]!, amountCentimes: amounts[1]! },
    reviewed: { count: counts[2]!, amountCentimes: amounts[2]! }, approved: { count: counts[3]!, amountCentimes: amounts[3]! },
    signed: { count: counts[4]!, amountCentimes: amounts[4]! }, paid: { count: counts[5]!, amountCentimes: amounts[5]! },
  },
  decided, approvedDecisions: approved, medianDaysToDecision: median,
});
const URBAN = F([5, 3, 2, 2, 2, 2], [2_300_005n, 2_000_000n, 1_100_000n, 950_000n, 950_000n, 300_000n], 2, 2, 25);
const RURAL = F([4, 4, 4, 1, 0, 0], [2_200_000n, 2_200_000n, 2_200_000n, 500_000n, 0n, 0n], 3, 1, 27.25);
const TOTAL = F([9, 7, 6, 3, 2, 2], [4_500_005n, 4_200_000n, 3_300_000n, 1_450_000n, 950_000n, 300_000n], 5, 3, 26);
const pipeline: Pipeline = {
  total: TOTAL,
  byZone: [{ key: "URBAN", zone: "URBAN", label: "URBAN", figures: URBAN }, { key: "RURAL", zone: "RURAL", label: "RURAL", figures: RURAL }],
  byPhase: [{ key: "3", phaseId: 3, label: "المرحلة الثالثة", figures: TOTAL }],
};
const base = { notes: ["Période : 2026"], dir: "rtl" as const };

describe("pipelineTables", () => {
  const tables = pipelineTables(pipeline, pipelineT("ar"), dashboardT("ar"), base);

  it("gives the stages, the rates, and the zone and phase tables, each row as wide as its headers", () => {
    expect(tables.map((t) => t.name)).toEqual(["مسار الملفات", "نسبة المصادقة والمدة", "المسار حسب الوسط", "المسار حسب المرحلة"]);
    expect(tables.every((t) => t.notes === base.notes && t.rows.every((r) => r.cells.length === t.headers.length))).toBe(true);
    expect(tables.every((t) => t.name.length <= 31)).toBe(true);
  });

  it("writes each stage's count and exact amount, with what the amount is", () => {
    const stages = tables[0]!;
    expect(stages.rows.map((r) => r.cells.slice(1, 3).map((c) => (c.kind === "count" ? c.value : c.kind === "money" ? c.centimes : null)))).toEqual([
      [9, 4_500_005n], [7, 4_200_000n], [6, 3_300_000n], [3, 1_450_000n], [2, 950_000n], [2, 300_000n],
    ]);
    expect(stages.rows.map((r) => (r.cells[3]!.kind === "text" ? r.cells[3]!.value : ""))).toEqual([
      "المبلغ المطلوب من المبادرة", "المبلغ المطلوب من المبادرة", "المبلغ المطلوب من المبادرة", "المبلغ المصادق عليه", "المبلغ المصادق عليه", "المبلغ المصروف",
    ]);
  });

  it("gives the approval rate as an exact share and the median days", () => {
    expect(tables[1]!.rows.map((r) => r.cells[1])).toEqual([
      { kind: "count", value: 5 }, { kind: "count", value: 3 }, { kind: "share", part: 3n, whole: 5n }, { kind: "text", value: "26" },
    ]);
  });

  it("labels zones in the reader's language and ends with the total row", () => {
    const byZone = tables[2]!;
    expect(byZone.rows.map((r) => r.cells[0])).toEqual([{ kind: "text", value: "حضري" }, { kind: "text", value: "قروي" }, { kind: "text", value: "المجموع" }]);
    expect(byZone.rows.at(-1)!.total).toBe(true);
    // Rural: 1 approved of 3 decided, median 27.25 days written to one decimal.
    expect(byZone.rows[1]!.cells.slice(-2)).toEqual([{ kind: "share", part: 1n, whole: 3n }, { kind: "text", value: "27.3" }]);
  });

  it("reads back the same in CSV and XLSX", async () => {
    const fr = pipelineTables(pipeline, pipelineT("fr"), dashboardT("fr"), { notes: [], dir: "ltr" });
    const csv = toCsv(fr);
    expect(csv).toContain("Candidatures reçues,9,45000.05,Contribution INDH demandée\r\n");
    expect(csv).toContain("Milieu,Candidatures reçues,");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toXlsx(fr)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Parcours des candidatures", "Approbation et délais", "Parcours par milieu", "Parcours par phase"]);
  });
});
