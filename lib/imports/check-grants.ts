// Checks grant rows with the form's schema, the money rules and the eligibility rules, and decides what
// each would do. A grant is the same record as a stored one when it has the same cooperative, approval
// date and title (French or Arabic): that row updates it (or changes nothing), never adds a double.
// Tranches are not columns: an update keeps the stored ones (and they must still fit the INDH share).
import { createGrantSchema } from "@/lib/grants/schema";
import { checkGrantAmounts } from "@/lib/grants/rules";
import { checkEligibility, type EligibilityRules } from "@/lib/grants/eligibility";
import type { GrantInput } from "@/lib/grants/types";
import { foldForSearch } from "@/lib/search/fold";
import { MAX_PARTNER_PAIRS } from "@/lib/imports/columns";
import type { ImportRow } from "@/lib/imports/table";
import type { ReferenceIndex } from "@/lib/imports/reference-index";
import { RowIssues, type CheckedRows, type RowOutcome } from "@/lib/imports/outcome";

export type ImportCooperative = { id: number; members: number; womenMembers: number; youngMembers: number };
export type ExistingGrant = Omit<GrantInput, "acknowledgedWarnings" | "isDemo"> & { id: number; version: number };

export type GrantPlan = {
  creates: { line: number; input: GrantInput }[];
  updates: { line: number; before: ExistingGrant; input: GrantInput }[];
};

export type GrantCheckContext = {
  ref: ReferenceIndex;
  cooperatives: Map<string, ImportCooperative>; // by register number
  axisRules: Map<number, EligibilityRules>;
  existing: ExistingGrant[];
};

export const grantKey = (cooperativeId: number, approvedOn: Date, title: string) =>
  `${cooperativeId}|${approvedOn.toISOString().slice(0, 10)}|${foldForSearch(title)}`;

export function checkGrantRows(rows: ImportRow[], ctx: GrantCheckContext): CheckedRows<GrantPlan> {
  const byKey = new Map<string, ExistingGrant>();
  for (const g of ctx.existing) {
    byKey.set(grantKey(g.cooperativeId, g.approvedOn, g.titleFr), g);
    byKey.set(grantKey(g.cooperativeId, g.approvedOn, g.titleAr), g);
  }
  const plan: GrantPlan = { creates: [], updates: [] };
  const firstLineOf = new Map<string, number>();
  const outcomes = rows.map((row): RowOutcome => {
    const v = row.values;
    const issues = new RowIssues();
    const label = [v.titleFr || v.titleAr, v.approvedOn].filter(Boolean).join(" — ") || `#${row.line}`;
    const cooperative = v.cooperative ? ctx.cooperatives.get(v.cooperative.trim()) : undefined;
    if (v.cooperative && !cooperative) issues.add("cooperative", "unknownCooperative", v.cooperative);
    const programme = v.programme ? ctx.ref.programme(v.programme) : null;
    if (programme && !programme.ok) issues.add("programme", programme.code, v.programme);
    const programmeId = programme?.ok ? programme.id : null;
    const axis = v.axis && programmeId !== null ? ctx.ref.axis(v.axis, programmeId) : null;
    if (axis && !axis.ok) issues.add("axis", axis.code === "unknownValue" ? "axisNotInProgramme" : axis.code, v.axis);
    const status = v.status ? ctx.ref.status(v.status) : null;
    if (v.status && !status) issues.add("status", "unknownValue", v.status);

    // Partner pairs in column order; a pair left empty is skipped, and the form's index maps back to it.
    const pairs: number[] = [];
    const partnerContributions: { organisationId: string; amount: string }[] = [];
    for (let n = 1; n <= MAX_PARTNER_PAIRS; n++) {
      const [name, amount] = [v[`partner${n}`] ?? "", v[`partner${n}Amount`] ?? ""];
      if (!name && !amount) continue;
      const organisation = name ? ctx.ref.organisation(name) : null;
      if (organisation && !organisation.ok) issues.add(`partner${n}`, organisation.code === "unknownValue" ? "unknownOrganisation" : organisation.code, name);
      pairs.push(n);
      partnerContributions.push({ organisationId: organisation?.ok ? String(organisation.id) : "", amount });
    }
    const columnOf = (field: string) => {
      const partner = /^partnerContributions\.(\d+)\.(organisationId|amount)$/.exec(field);
      if (partner) return `partner${pairs[Number(partner[1])]}${partner[2] === "amount" ? "Amount" : ""}`;
      return ({ cooperativeId: "cooperative", programmeId: "programme", axisId: "axis", tranches: "indhContribution" } as Record<string, string>)[field] ?? field;
    };
    const parsed = createGrantSchema.safeParse({
      ...v,
      cooperativeId: cooperative ? String(cooperative.id) : "",
      programmeId: programmeId === null ? "" : String(programmeId),
      axisId: axis?.ok ? String(axis.id) : "",
      status: status ?? "",
      partnerContributions,
      tranches: [],
    });
    if (!parsed.success) issues.addZod(parsed.error.issues, columnOf);
    if (!parsed.success || issues.list.length > 0 || !cooperative) return { line: row.line, outcome: "error", label, issues: issues.list, warnings: [] };

    const before = byKey.get(grantKey(parsed.data.cooperativeId, parsed.data.approvedOn, parsed.data.titleFr))
      ?? byKey.get(grantKey(parsed.data.cooperativeId, parsed.data.approvedOn, parsed.data.titleAr));
    const input: GrantInput = { ...parsed.data, tranches: before?.tranches ?? [] };
    const seen = new Set<number>();
    input.partnerContributions.forEach((p, i) => {
      if (seen.has(p.organisationId)) issues.add(columnOf(`partnerContributions.${i}.organisationId`), "duplicatePartner");
      seen.add(p.organisationId);
    });
    for (const violation of checkGrantAmounts(input)) issues.add(columnOf(violation.field), violation.code);
    const key = grantKey(input.cooperativeId, input.approvedOn, input.titleFr);
    const firstLine = firstLineOf.get(key);
    if (firstLine !== undefined) issues.add("titleFr", "duplicateInFile", String(firstLine));
    else firstLineOf.set(key, row.line);
    if (issues.list.length > 0) return { line: row.line, outcome: "error", label, issues: issues.list, warnings: [] };

    const rules = input.axisId === null ? null : ctx.axisRules.get(input.axisId) ?? null;
    const warnings = checkEligibility(rules, { ...input, ...cooperative }).map((w) => w.code);
    if (!before) {
      plan.creates.push({ line: row.line, input });
      return { line: row.line, outcome: "new", label, issues: [], warnings };
    }
    if (sameGrant(before, input)) return { line: row.line, outcome: "unchanged", label, issues: [], warnings: [] };
    plan.updates.push({ line: row.line, before, input });
    return { line: row.line, outcome: "update", label, issues: [], warnings };
  });
  return { outcomes, plan };
}

function sameGrant(a: ExistingGrant, b: GrantInput): boolean {
  const partners = (g: { partnerContributions: { organisationId: number; amountCentimes: bigint }[] }) =>
    g.partnerContributions.map((p) => `${p.organisationId}:${p.amountCentimes}`).join(",");
  return (
    a.cooperativeId === b.cooperativeId && a.programmeId === b.programmeId && a.axisId === b.axisId &&
    a.titleAr === b.titleAr && a.titleFr === b.titleFr && a.approvedOn.getTime() === b.approvedOn.getTime() &&
    a.status === b.status && a.totalCostCentimes === b.totalCostCentimes &&
    a.indhContributionCentimes === b.indhContributionCentimes &&
    a.beneficiaryContributionCentimes === b.beneficiaryContributionCentimes && partners(a) === partners(b)
  );
}
