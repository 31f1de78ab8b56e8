import { describe, expect, it } from "vitest";
import { presentChanges, recordName, type EntryInput } from "./present";
import { messagesTranslator } from "./translate";
import type { AppLocale } from "@/lib/i18n/locales";

const ctx = (locale: AppLocale, current: [string, { ar: string; fr: string }][] = []) => ({ locale, t: messagesTranslator(locale), currentNames: new Map(current) });
const names = { "Organisation:5": { ar: "مكتب تنمية التعاون", fr: "ODCO" }, "Organisation:6": { ar: "وكالة التنمية الاجتماعية", fr: "ADS" }, "Cooperative:3": { ar: "تعاونية النور", fr: "Coopérative Annour" } };
const grant = (over: Record<string, unknown> = {}) => ({
  cooperativeId: 3, programmeId: 1, axisId: null, titleAr: "مشروع", titleFr: "Projet", approvedOn: "2024-03-15", status: "APPROVED",
  totalCostCentimes: "84930000", indhContributionCentimes: "50000000", beneficiaryContributionCentimes: "4930000", isDemo: false, version: 1,
  partnerContributions: [{ organisationId: 5, amountCentimes: "30000000" }],
  tranches: [{ position: 1, plannedOn: "2024-04-01", amountCentimes: "25000000", paidOn: null }],
  _names: names, ...over,
});
const edit = (before: object, after: object): EntryInput => ({ entityType: "Grant", action: "UPDATE", before: before as Record<string, unknown>, after: after as Record<string, unknown> });
const bare = (s: string) => s.replace(/[\u2066\u2067]/g, "").replace(/[\u200e\u200f\u2068\u2069\u00a0\u202f]/g, " ").replace(/\s+/g, " ").trim();
const rows = (entry: EntryInput, c: ReturnType<typeof ctx>) => presentChanges(entry, c).map((r) => ({ ...r, label: bare(r.label), before: r.before && bare(r.before), after: r.after && bare(r.after) }));

describe("audit presenter", () => {
  it("shows only the fields an edit changed, with the form's labels and money in MAD (fr)", () => {
    const after = grant({ indhContributionCentimes: "52500000", version: 2 });
    expect(rows(edit(grant(), after), ctx("fr"))).toEqual([
      { label: "Contribution de l'INDH (MAD)", change: "changed", before: "500.000,00 MAD", after: "525.000,00 MAD" },
    ]);
  });

  it("shows the same edit in Arabic with the Arabic label and dirham sign", () => {
    expect(rows(edit(grant(), grant({ indhContributionCentimes: "52500000" })), ctx("ar"))).toEqual([
      { label: "مساهمة المبادرة (درهم)", change: "changed", before: "500.000,00 د.م.", after: "525.000,00 د.م." },
    ]);
  });

  it("shows partners as rows by name as stored then: added, removed and changed amounts", () => {
    const before = grant({ partnerContributions: [{ organisationId: 5, amountCentimes: "30000000" }, { organisationId: 7, amountCentimes: "100" }], _names: { ...names, "Organisation:7": { ar: "جمعية", fr: "Association Amal" } } });
    const after = grant({ partnerContributions: [{ organisationId: 5, amountCentimes: "31000000" }, { organisationId: 6, amountCentimes: "1000000" }] });
    expect(rows(edit(before, after), ctx("fr"))).toEqual([
      { label: "Contributions des partenaires · ODCO", change: "changed", before: "300.000,00 MAD", after: "310.000,00 MAD" },
      { label: "Contributions des partenaires · ADS", change: "added", before: null, after: "10.000,00 MAD" },
      { label: "Contributions des partenaires · Association Amal", change: "removed", before: "1,00 MAD", after: null },
    ]);
    const [first] = rows(edit(before, after), ctx("ar"));
    expect(first!.label).toBe("مساهمات الشركاء · مكتب تنمية التعاون");
  });

  it("shows tranches as rows with day-first dates and the payment", () => {
    const after = grant({ tranches: [{ position: 1, plannedOn: "2024-04-01", amountCentimes: "25000000", paidOn: "2024-05-20" }, { position: 2, plannedOn: "2024-09-01", amountCentimes: "25000000", paidOn: null }] });
    expect(rows(edit(grant(), after), ctx("fr"))).toEqual([
      { label: "Tranches de la contribution INDH · Tranche 1", change: "changed", before: "01/04/2024 · 250.000,00 MAD", after: "01/04/2024 · 250.000,00 MAD · versée le 20/05/2024" },
      { label: "Tranches de la contribution INDH · Tranche 2", change: "added", before: null, after: "01/09/2024 · 250.000,00 MAD" },
    ]);
    expect(rows(edit(grant(), after), ctx("ar"))[1]!.label).toBe("أشطر مساهمة المبادرة · الشطر 2");
  });

  it("translates statuses, booleans and linked records, falling back to today's name for old entries", () => {
    const { _names: _, ...old } = grant();
    const entry = edit(old, { ...old, status: "COMPLETED", isDemo: true, cooperativeId: 4 });
    expect(rows(entry, ctx("fr", [["Cooperative:3", { ar: "قديم", fr: "Coopérative Annour" }]]))).toEqual([
      { label: "Coopérative bénéficiaire", change: "changed", before: "Coopérative Annour", after: "Coopérative n° 4" },
      { label: "Statut", change: "changed", before: "Approuvé", after: "Achevé" },
      { label: "Donnée de démonstration", change: "changed", before: "Non", after: "Oui" },
    ]);
    const ar = rows(entry, ctx("ar", [["Cooperative:3", { ar: "تعاونية النور", fr: "x" }]]));
    expect(ar.map((r) => [r.label, r.before, r.after])).toEqual([
      ["التعاونية المستفيدة", "تعاونية النور", "تعاونية رقم 4"], ["الحالة", "مصادق عليه", "منجز"], ["بيانات تجريبية", "لا", "نعم"],
    ]);
  });

  it("shows the values given at creation and what a deletion removed, never bookkeeping fields", () => {
    const created = rows({ entityType: "Grant", action: "CREATE", before: null, after: grant() }, ctx("fr"));
    expect(created.map((r) => r.label)).toContain("Date d'approbation");
    expect(created.find((r) => r.label === "Date d'approbation")).toEqual({ label: "Date d'approbation", change: "changed", before: null, after: "15/03/2024" });
    expect(created.map((r) => r.label).join()).not.toMatch(/version|_names|Centimes/);
    const deleted = rows({ entityType: "Grant", action: "DELETE", before: grant(), after: null }, ctx("ar"));
    expect(deleted.find((r) => r.label.startsWith("مساهمات الشركاء"))).toEqual({ label: "مساهمات الشركاء · مكتب تنمية التعاون", change: "removed", before: "300.000,00 د.م.", after: null });
    expect(recordName({ entityType: "Grant", action: "DELETE", before: grant(), after: null }, "fr")).toBe("Projet");
  });

  it("reads other records: a user's role, a commune's setting, an event's partners", () => {
    expect(rows({ entityType: "User", action: "UPDATE", before: { role: "STAFF", isActive: true }, after: { role: "MANAGER", isActive: false } }, ctx("fr"))).toEqual([
      { label: "Rôle", change: "changed", before: "Agent", after: "Responsable" },
      { label: "Compte actif", change: "changed", before: "Oui", after: "Non" },
    ]);
    expect(rows({ entityType: "Commune", action: "UPDATE", before: { setting: "URBAN" }, after: { setting: "RURAL" } }, ctx("ar"))).toEqual([
      { label: "الوسط", change: "changed", before: "حضري", after: "قروي" },
    ]);
    const event = rows({ entityType: "Event", action: "UPDATE", before: { partners: [5] , _names: names }, after: { partners: [5, 6], _names: names } }, ctx("fr"));
    expect(event).toEqual([{ label: "Partenaires · ADS", change: "added", before: null, after: "ADS" }]);
  });
});
