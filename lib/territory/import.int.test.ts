import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { csvFile } from "@/lib/imports/test-files";
import { loadReferenceIndex } from "@/lib/imports/reference-index";
import { seedReference } from "@/prisma/seed/reference";
import { CommuneImportInvalidError, confirmCommuneImport, previewCommuneImport } from "./import-mutations";

let local: SessionUser;
let national: SessionUser;

const session = async (email: string, prefectureId: number, isNational: boolean): Promise<SessionUser> => {
  const u = await getDb().user.create({ data: { email, name: email, role: "ADMIN", isNational, prefectureId, passwordHash: "x" } });
  return { id: u.id, email, name: email, role: "ADMIN", isNational, prefectureId };
};

const HEADERS_FR = ["Code de la préfecture ou province", "Code de la commune", "Nom en arabe", "Nom en français", "Statut juridique", "Milieu", "Autres graphies"];
const HEADERS_AR = ["رمز العمالة أو الإقليم", "رمز الجماعة", "الاسم بالعربية", "الاسم بالفرنسية", "الصفة القانونية", "الوسط", "تسميات أخرى"];

async function preview(user: SessionUser, rows: string[][], headers = HEADERS_FR) {
  const result = await previewCommuneImport(user, "communes.csv", csvFile([headers, ...rows], ";"));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result;
}

beforeAll(async () => {
  const { prefectureId } = await seedReference(getDb());
  local = await session("local@test.ma", prefectureId, false);
  national = await session("national@test.ma", prefectureId, true);
});

describe("importing communes", () => {
  it("previews line by line, column by column, and writes nothing while a row is wrong", async () => {
    const result = await preview(national, [
      ["FAHS-ANJRA", "ksar-sghir", "القصر الصغير", "Ksar Sghir", "Commune rurale", "Rural", "Ksar Es-Seghir | Alcácer Ceguer"],
      ["NOWHERE", "X", "س", "X", "RURAL_COMMUNE", "RURAL", ""],
      ["FAHS-ANJRA", "bad code!", "", "Anjra", "capitale", "RURAL", ""],
      ["FAHS-ANJRA", "KSAR-SGHIR", "القصر الصغير", "Ksar Sghir", "RURAL_COMMUNE", "RURAL", ""],
    ]);
    expect(result.outcomes.map((o) => [o.line, o.outcome, o.issues.map((i) => `${i.column}:${i.code}`)])).toEqual([
      [2, "new", []],
      [3, "error", ["prefecture:unknownPrefecture"]],
      [4, "error", ["code:invalidCode", "nameAr:required", "legalStatus:required"]],
      [5, "error", ["code:duplicateInFile"]],
    ]);
    const error = await confirmCommuneImport(national, "communes.csv", result.rows).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(CommuneImportInvalidError);
    expect(await getDb().commune.count({ where: { code: "KSAR-SGHIR" } })).toBe(0);
  });

  it("a national admin adds communes to a province in one transaction, each audited under it; the same file again changes nothing", async () => {
    const db = getDb();
    const fahs = await db.prefecture.findUniqueOrThrow({ where: { code: "FAHS-ANJRA" } });
    const rows = [
      ["FAHS-ANJRA", "KSAR-SGHIR", "القصر الصغير", "Ksar Sghir", "جماعة قروية", "قروي", "Ksar Es-Seghir | Alcácer Ceguer"],
      ["fahs-anjra", "ANJRA", "أنجرة", "Anjra", "RURAL_COMMUNE", "RURAL", ""],
    ];
    const result = await preview(national, rows, HEADERS_AR);
    expect(result.outcomes.map((o) => o.outcome)).toEqual(["new", "new"]);
    expect(await confirmCommuneImport(national, "communes.csv", result.rows)).toMatchObject({ newRows: 2, errorRows: 0 });
    const saved = await db.commune.findMany({ where: { prefectureId: fahs.id }, orderBy: { code: "asc" } });
    expect(saved.map((c) => [c.code, c.legalStatus, c.setting, c.alternativeNames])).toEqual([
      ["ANJRA", "RURAL_COMMUNE", "RURAL", ""],
      ["KSAR-SGHIR", "RURAL_COMMUNE", "RURAL", "Ksar Es-Seghir|Alcácer Ceguer"],
    ]);
    const entries = await db.auditEntry.findMany({ where: { entityType: "Commune", entityId: { in: saved.map((c) => String(c.id)) } } });
    expect(entries.map((e) => [e.action, e.prefectureId, e.reason])).toEqual([["CREATE", fahs.id, "Import: communes.csv"], ["CREATE", fahs.id, "Import: communes.csv"]]);

    const again = await preview(national, rows, HEADERS_AR);
    expect(again.outcomes.map((o) => o.outcome)).toEqual(["unchanged", "unchanged"]);
    const changed = await preview(national, [[...rows[1]!.slice(0, 6), "Anjera"]], HEADERS_AR);
    expect(changed.outcomes.map((o) => o.outcome)).toEqual(["update"]);
    await confirmCommuneImport(national, "communes.csv", changed.rows);
    expect(await db.commune.findFirstOrThrow({ where: { prefectureId: fahs.id, code: "ANJRA" } })).toMatchObject({ alternativeNames: "Anjera", version: 2 });
  });

  it("a prefecture admin imports into their own prefecture only", async () => {
    const result = await preview(local, [
      ["", "NEW-LOCAL", "جماعة", "Locale", "RURAL_COMMUNE", "RURAL", ""],
      ["TANGER-ASSILAH", "NEW-LOCAL-2", "جماعة", "Locale 2", "RURAL_COMMUNE", "RURAL", ""],
      ["FAHS-ANJRA", "SNEAKY", "جماعة", "Ailleurs", "RURAL_COMMUNE", "RURAL", ""],
    ]);
    expect(result.outcomes.map((o) => [o.outcome, o.issues.map((i) => `${i.column}:${i.code}`)])).toEqual([["new", []], ["new", []], ["error", ["prefecture:nationalOnly"]]]);
    await expect(confirmCommuneImport(local, "x.csv", result.rows)).rejects.toBeInstanceOf(CommuneImportInvalidError);
    await confirmCommuneImport(local, "x.csv", result.rows.slice(0, 2));
    const mine = await getDb().commune.findMany({ where: { code: { in: ["NEW-LOCAL", "NEW-LOCAL-2", "SNEAKY"] } }, select: { code: true, prefectureId: true } });
    expect(mine).toEqual([{ code: "NEW-LOCAL", prefectureId: local.prefectureId }, { code: "NEW-LOCAL-2", prefectureId: local.prefectureId }]);
  });

  it("reports missing columns before any row", async () => {
    const result = await previewCommuneImport(national, "c.csv", csvFile([["Code de la commune", "Nom en arabe"], ["X", "س"]]));
    expect(result).toEqual({ ok: false, problem: { code: "missingColumns", columns: ["nameFr", "legalStatus", "setting"], headers: ["Code de la commune", "Nom en arabe"] } });
  });

  it("cooperative and grant imports find a commune by its other spellings", async () => {
    const ref = await getDb().$transaction((tx) => loadReferenceIndex(tx, local.prefectureId));
    const assilah = await getDb().commune.findFirstOrThrow({ where: { prefectureId: local.prefectureId, code: "ASSILAH" } });
    for (const spelling of ["Assilah", "أصيلة", "أصيلا", "asilah", "ARZILA"]) expect(ref.commune(spelling), spelling).toEqual({ ok: true, id: assilah.id });
  });
});
