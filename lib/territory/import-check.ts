// Checks the rows of a commune spreadsheet against the stored prefectures and communes, without writing:
// the same call at preview and, again, inside the confirming transaction. Pure, so it is tested directly.
import { foldForSearch } from "@/lib/search/fold";
import type { ImportRow } from "@/lib/imports/table";
import { RowIssues, type RowOutcome } from "@/lib/imports/outcome";
import { communeInputSchema, LEGAL_STATUSES, SETTINGS } from "@/lib/territory/schema";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";

export type StoredCommune = { id: number; version: number; prefectureId: number; code: string; nameAr: string; nameFr: string; legalStatus: string; setting: string; alternativeNames: string };
export type CommuneData = Pick<StoredCommune, "code" | "nameAr" | "nameFr" | "legalStatus" | "setting" | "alternativeNames">;

export type CommunePlan = {
  creates: { line: number; prefectureId: number; data: CommuneData }[];
  updates: { line: number; id: number; version: number; prefectureId: number; before: CommuneData; data: CommuneData }[];
};

export type CheckContext = {
  admin: { isNational: boolean; prefectureId: number };
  /** Prefecture ids by code. */
  prefectures: Map<string, number>;
  /** Stored communes by `${prefectureId}:${code}`. */
  communes: Map<string, StoredCommune>;
};

const rowSchema = communeInputSchema.omit({ prefectureId: true });
const FIELDS = ["code", "nameAr", "nameFr", "legalStatus", "setting", "alternativeNames"] as const;

/** A closed value by its code or by its label in either language, as the forms show it. */
function labelled<T extends string>(codes: readonly T[], labels: (code: T) => string[]) {
  const byText = new Map<string, T>();
  for (const code of codes) for (const text of [code, ...labels(code)]) byText.set(foldForSearch(text), code);
  return (text: string) => byText.get(foldForSearch(text)) ?? text;
}
const legalStatusOf = labelled(LEGAL_STATUSES, (c) => [ar.Territory.legalStatuses[c], fr.Territory.legalStatuses[c]]);
const settingOf = labelled(SETTINGS, (c) => [ar.Territory.settings[c], fr.Territory.settings[c]]);

export function checkCommuneRows(rows: ImportRow[], ctx: CheckContext): { outcomes: RowOutcome[]; plan: CommunePlan } {
  const outcomes: RowOutcome[] = [];
  const plan: CommunePlan = { creates: [], updates: [] };
  const seen = new Map<string, number>();
  for (const { line, values } of rows) {
    const issues = new RowIssues();
    const prefectureId = prefectureOf(values.prefecture ?? "", ctx, issues);
    const parsed = rowSchema.safeParse({ ...values, legalStatus: legalStatusOf(values.legalStatus ?? ""), setting: settingOf(values.setting ?? "") });
    if (!parsed.success) issues.addZod(parsed.error.issues, (field) => field);
    const label = `${(values.prefecture ?? "").toUpperCase()}${values.prefecture ? " / " : ""}${(values.code ?? "").toUpperCase()}`;
    if (!parsed.success || prefectureId === null) {
      outcomes.push({ line, outcome: "error", label, issues: issues.list, warnings: [] });
      continue;
    }
    const data: CommuneData = parsed.data;
    const key = `${prefectureId}:${data.code}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.add("code", "duplicateInFile", String(earlier));
      outcomes.push({ line, outcome: "error", label, issues: issues.list, warnings: [] });
      continue;
    }
    seen.set(key, line);
    const stored = ctx.communes.get(key);
    if (!stored) {
      plan.creates.push({ line, prefectureId, data });
      outcomes.push({ line, outcome: "new", label, issues: [], warnings: [] });
    } else if (FIELDS.every((f) => stored[f] === data[f])) {
      outcomes.push({ line, outcome: "unchanged", label, issues: [], warnings: [] });
    } else {
      const { id, version, prefectureId: _p, ...before } = stored;
      plan.updates.push({ line, id, version, prefectureId, before, data });
      outcomes.push({ line, outcome: "update", label, issues: [], warnings: [] });
    }
  }
  return { outcomes, plan };
}

/** A national admin names the prefecture of each row; anyone else's rows go into their own prefecture. */
function prefectureOf(text: string, ctx: CheckContext, issues: RowIssues): number | null {
  const code = text.trim().toUpperCase();
  if (!ctx.admin.isNational) {
    if (code === "" || ctx.prefectures.get(code) === ctx.admin.prefectureId) return ctx.admin.prefectureId;
    issues.add("prefecture", "nationalOnly", text);
    return null;
  }
  if (code === "") {
    issues.add("prefecture", "required");
    return null;
  }
  const id = ctx.prefectures.get(code);
  if (id === undefined) issues.add("prefecture", "unknownPrefecture", text);
  return id ?? null;
}
