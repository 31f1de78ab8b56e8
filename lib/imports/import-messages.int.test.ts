// What an import says when a file is not what it should be, through the real preview and upload route:
// a missing column named with the file's own headers, a CSV that papaparse cannot read cleanly (bad
// quoting, ragged rows) reported per line instead of misleading field errors, and cells typed in
// Eastern Arabic digits read as numbers, dates and amounts.
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);
import { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { seedAll } from "@/prisma/seed/seed-all";
import { createTestUser } from "@/lib/testing/test-user";
import { actAs } from "@/lib/testing/action-harness";
import { confirmImport, previewImport } from "@/lib/imports/mutations";
import { COOPERATIVE_COLUMNS } from "@/lib/imports/columns";
import type { RowOutcome } from "@/lib/imports/outcome";
import { csvFile, xlsxFile } from "@/lib/imports/test-files";
import { POST } from "@/app/[locale]/admin/imports/upload/route";

let staff: SessionUser;
const FR = COOPERATIVE_COLUMNS.map((c) => c.fr);
const AR = COOPERATIVE_COLUMNS.map((c) => c.ar);
const coop = (reg: string, patch: Partial<Record<number, string>> = {}) => {
  const row = [reg, `تعاونية ${reg}`, `Coopérative ${reg}`, "Apiculture", "Al Manzla", "", "15/03/2020", "12", "7", "3", "", "", ""];
  for (const [i, v] of Object.entries(patch)) row[Number(i)] = v!;
  return row;
};
const csvText = (lines: string[]) => new TextEncoder().encode("\uFEFF" + lines.join("\r\n") + "\r\n");
const refusal = async (name: string, bytes: Uint8Array) => {
  const batches = await getDb().importBatch.count();
  const result = await previewImport(staff, "cooperatives", name, bytes);
  expect(await getDb().importBatch.count()).toBe(batches);
  return result.ok ? null : result.problem;
};

beforeAll(async () => {
  const { prefectureId } = await seedAll(getDb(), { demo: true });
  ({ user: staff } = await createTestUser(getDb(), { role: "STAFF", prefectureId }));
});

describe("a missing column", () => {
  it("is reported with the file's own headers, not only the missing keys", async () => {
    const headers = [...AR.slice(0, 7), "الأعضاء", "نساء", "شباب"];
    expect(await refusal("cols.csv", csvFile([headers, coop("M-1").slice(0, 10)]))).toEqual({
      code: "missingColumns", columns: ["members", "womenMembers", "youngMembers"], headers,
    });
  });

  it("reaches the page as the missing columns and the file's headers (the page names each by its accepted headers)", async () => {
    await actAs(staff.id);
    const form = new FormData();
    form.set("kind", "cooperatives");
    form.set("file", new File([csvFile([["Immatriculation", "Nom", "Commune"], ["X", "Y", "Z"]]) as BlobPart], "mine.csv"));
    const response = await POST(new NextRequest("http://localhost:3000/fr/admin/imports/upload", { method: "POST", body: form, headers: { host: "localhost:3000" } }), { params: Promise.resolve({ locale: "fr" }) });
    const location = new URL(response.headers.get("location")!, "http://localhost:3000");
    expect(location.searchParams.get("problem")).toBe("missingColumns");
    expect(location.searchParams.getAll("header")).toEqual(["Immatriculation", "Nom", "Commune"]);
    expect(location.searchParams.get("details")!.split(",")).toContain("registerNumber");
  });
});

describe("a CSV that cannot be parsed cleanly", () => {
  it("reports a quote opened and never closed at its line, not the field errors of the swallowed rows", async () => {
    const file = csvText([FR.map((h) => `"${h}"`).join(","), coop("Q-1").join(","), `Q-2,"تعاونية,Coop,Apiculture,Al Manzla,,15/03/2020,12,7,3,,,`, coop("Q-3").join(",")]);
    expect(await refusal("quotes.csv", file)).toEqual({ code: "csvMalformed", lines: [{ line: 3, code: "unclosedQuote" }] });
  });

  it("reports a malformed quote at its line", async () => {
    const file = csvText([FR.map((h) => `"${h}"`).join(","), `Q-4,"تعاونية "الأمل" الفلاحية",Coop,Apiculture,Al Manzla,,15/03/2020,12,7,3,,,`]);
    const problem = await refusal("quote2.csv", file);
    expect(problem).toMatchObject({ code: "csvMalformed", lines: [{ line: 2, code: "malformedQuote" }] });
  });

  it("reports rows with more or fewer cells than the header, each at its line", async () => {
    const header = FR.map((h) => `"${h}"`).join(",");
    // An unquoted comma in a French name shifts every following cell one column to the right.
    const shifted = ["R-1", "تعاونية", "Coopérative Al Amal, Tanger", "Apiculture", "Al Manzla", "", "15/03/2020", "12", "7", "3", "", "", ""].join(",");
    const short = coop("R-2").slice(0, 9).join(",");
    expect(await refusal("ragged.csv", csvText([header, shifted, coop("R-0").join(","), short]))).toEqual({
      code: "csvMalformed",
      lines: [{ line: 2, code: "tooManyCells", cells: 14, expected: 13 }, { line: 4, code: "tooFewCells", cells: 9, expected: 13 }],
    });
  });

  it("leaves XLSX files alone: their cells always sit in their column", async () => {
    const result = await previewImport(staff, "cooperatives", "ok.xlsx", await xlsxFile([FR, coop("X-1").slice(0, 10)]));
    expect(result.ok).toBe(true);
  });
});

describe("cells typed in Eastern Arabic digits", () => {
  it("are read as numbers, dates and amounts, in CSV and XLSX, names kept as written", async () => {
    const arabic = (reg: string) => coop(reg, { 1: "تعاونية ٢٠٢٤", 6: "١٥/٠٣/٢٠٢٠", 7: "١٢", 8: "۷", 9: "٣", 11: "٠٦٦١٢٣٤٥٦٧" });
    for (const [name, bytes] of [["digits.csv", csvFile([FR, arabic("٢٠٢٤/١")])], ["digits.xlsx", await xlsxFile([FR, arabic("٢٠٢٤/٢")])]] as const) {
      const result = await previewImport(staff, "cooperatives", name, bytes);
      if (!result.ok) throw new Error(JSON.stringify(result.problem));
      const batch = await getDb().importBatch.findUniqueOrThrow({ where: { id: result.batchId } });
      expect((JSON.parse(batch.outcomes) as RowOutcome[]).map((o) => [o.outcome, o.issues])).toEqual([["new", []]]);
      await confirmImport(staff, result.batchId, false, "test-session");
    }
    const saved = await getDb().cooperative.findMany({ where: { registerNumber: { in: ["2024/1", "2024/2"] } }, orderBy: { registerNumber: "asc" } });
    expect(saved.map((c) => [c.registerNumber, c.nameAr, c.members, c.womenMembers, c.youngMembers, c.foundedOn?.toISOString().slice(0, 10), c.contactPhone])).toEqual([
      ["2024/1", "تعاونية ٢٠٢٤", 12, 7, 3, "2020-03-15", "0661234567"],
      ["2024/2", "تعاونية ٢٠٢٤", 12, 7, 3, "2020-03-15", "0661234567"],
    ]);
  });
});
