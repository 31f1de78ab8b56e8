// Turns a stored audit entry (before/after JSON snapshots) into what people read: the form's labels,
// linked records by name (as stored with the entry, else today's name), money in MAD, Moroccan dates,
// translated statuses and codes, partners and tranches as rows. Pure: the caller gives the translator and
// today's names, so the same rows serve the record pages, the audit page and the export.
import type { AppLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/format/dates";
import { formatCount, formatMoney } from "@/lib/format/money";
import { fieldSpec, HIDDEN_FIELDS, NAMES_KEY, refKey, type FieldSpec, type RefType } from "@/lib/audit/fields";

export type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };
export type StoredName = { ar: string; fr: string };
export type AuditSnapshot = Record<string, unknown> | null;

export type PresentContext = {
  locale: AppLocale;
  t: Translate;
  /** Today's names of the records the entries point to, by refKey ("Organisation:5"): for old entries. */
  currentNames?: Map<string, StoredName>;
};

/** One line of a change: a field, or one partner / tranche / presentation row of a list field. */
export type ChangeRow = {
  label: string;
  /** "added" / "removed" rows of a list; "changed" everywhere else. */
  change: "added" | "removed" | "changed";
  before: string | null;
  after: string | null;
};

export type EntryInput = { entityType: string; action: string; before: AuditSnapshot; after: AuditSnapshot };

const isEmpty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** "15/03/2024": calendar dates are stored as "YYYY-MM-DD" or UTC midnight, read day first. */
export function formatDay(value: unknown): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
  return match ? `${match[3]}/${match[2]}/${match[1]}` : String(value);
}

function namesOf(before: AuditSnapshot, after: AuditSnapshot, current?: Map<string, StoredName>) {
  const stored = { ...((before?.[NAMES_KEY] as Record<string, StoredName>) ?? {}), ...((after?.[NAMES_KEY] as Record<string, StoredName>) ?? {}) };
  return (type: RefType, id: unknown): StoredName | null => {
    const key = refKey({ type, id: Number(id) });
    return stored[key] ?? current?.get(key) ?? null;
  };
}

function makeFormatter(entityType: string, ctx: PresentContext, name: ReturnType<typeof namesOf>) {
  const { locale, t } = ctx;
  // A form label may carry a row number ("Partenaire {n}"); a top-level field has none to give.
  const label = (key: string, field: string) => {
    try {
      return t.has(key) ? t(key, { n: "" }).trim() : field;
    } catch {
      return field;
    }
  };
  const refName = (type: RefType, id: unknown) => {
    const found = name(type, id);
    if (found) return locale === "ar" ? found.ar : found.fr;
    return t("AuditTrail.missingRecord", { type: typeLabel(type, t), id: String(id) });
  };
  const translated = (ns: string, code: string) => (t.has(`${ns}.${code}`) ? t(`${ns}.${code}`) : code);
  const money = (v: unknown) => formatMoney(BigInt(String(v)), locale);
  const value = (spec: FieldSpec, v: unknown): string | null => {
    if (isEmpty(v)) return null;
    switch (spec.kind) {
      case "money": return money(v);
      case "date": return formatDay(v);
      case "datetime": return formatDateTime(new Date(String(v)), locale);
      case "boolean": return t(v ? "AuditTrail.yes" : "AuditTrail.no");
      case "number": return formatCount(Number(v), locale);
      case "percent": return `${formatCount(Number(v), locale)} %`;
      case "enum": return translated(spec.values, String(v));
      case "codes": return String(v).split(",").map((code) => translated(spec.values, code)).join(locale === "ar" ? "، " : ", ");
      case "ref": return refName(spec.type, v);
      default: return typeof v === "object" ? JSON.stringify(v) : String(v);
    }
  };
  return { label, value, refName, money, entityType };
}

export function typeLabel(type: string, t: Translate): string {
  return t.has(`Audit.entityTypes.${type}`) ? t(`Audit.entityTypes.${type}`) : type;
}

type Fmt = ReturnType<typeof makeFormatter>;
type Rows = Record<string, unknown>[];

/** Rows of a list field keyed by `keyOf`: added, removed, or changed (only those that differ). */
function listRows(before: Rows, after: Rows, keyOf: (row: Record<string, unknown>) => string, labelOf: (row: Record<string, unknown>) => string, show: (row: Record<string, unknown>) => string): ChangeRow[] {
  const old = new Map(before.map((r) => [keyOf(r), r]));
  const now = new Map(after.map((r) => [keyOf(r), r]));
  const rows: ChangeRow[] = [];
  for (const [key, row] of now) {
    const prior = old.get(key);
    if (!prior) rows.push({ label: labelOf(row), change: "added", before: null, after: show(row) });
    else if (!same(prior, row)) rows.push({ label: labelOf(row), change: "changed", before: show(prior), after: show(row) });
  }
  for (const [key, row] of old) if (!now.has(key)) rows.push({ label: labelOf(row), change: "removed", before: show(row), after: null });
  return rows;
}

function listField(spec: FieldSpec, before: unknown, after: unknown, fmt: Fmt, t: Translate, locale: AppLocale): ChangeRow[] {
  const rows = (v: unknown): Rows => (Array.isArray(v) ? (v as unknown[]).map((r) => (typeof r === "object" && r !== null ? (r as Record<string, unknown>) : { organisationId: r })) : []);
  const [b, a] = [rows(before), rows(after)];
  const group = t.has(spec.label) ? t(spec.label) : spec.label;
  const prefix = (label: string) => `${group} · ${label}`;
  switch (spec.kind) {
    case "partners":
      return listRows(b, a, (r) => String(r.organisationId), (r) => prefix(fmt.refName("Organisation", r.organisationId)), (r) => fmt.money(r.amountCentimes));
    case "tranches":
      return listRows(b, a, (r) => String(r.position), (r) => prefix(t("AuditTrail.tranche", { n: Number(r.position) })), (r) => {
        const parts = [formatDay(r.plannedOn), fmt.money(r.amountCentimes)];
        if (r.paidOn) parts.push(t("AuditTrail.paidOn", { date: formatDay(r.paidOn) }));
        return parts.join(" · ");
      });
    case "eventPartners":
      return listRows(b, a, (r) => String(r.organisationId), (r) => prefix(fmt.refName("Organisation", r.organisationId)), (r) => fmt.refName("Organisation", r.organisationId));
    default:
      return listRows(b, a, (r) => String(r.position ?? ""), (r) => prefix(t("AuditTrail.presentation", { n: Number(r.position ?? 0) })), (r) => {
        const title = String((locale === "ar" ? r.titleAr : r.titleFr) ?? "");
        return r.organisationId ? `${title} · ${fmt.refName("Organisation", r.organisationId)}` : title;
      });
  }
}

/**
 * The rows of one entry: on an edit only the fields that changed; on a creation the values given; on a
 * deletion what was deleted. Nothing is dropped from storage: unknown fields still show, by their name.
 */
export function presentChanges(entry: EntryInput, ctx: PresentContext): ChangeRow[] {
  const { before, after, entityType } = entry;
  const fmt = makeFormatter(entityType, ctx, namesOf(before, after, ctx.currentNames));
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((f) => !HIDDEN_FIELDS.has(f));
  return fields.flatMap((field): ChangeRow[] => {
    const [b, a] = [before?.[field], after?.[field]];
    if (same(b, a) || (isEmpty(b) && isEmpty(a))) return [];
    const spec = fieldSpec(entityType, field);
    if (["partners", "tranches", "eventPartners", "presentations"].includes(spec.kind)) return listField(spec, b, a, fmt, ctx.t, ctx.locale);
    return [{ label: fmt.label(spec.label, field), change: "changed", before: fmt.value(spec, b), after: fmt.value(spec, a) }];
  });
}

/** What the record is called in this entry (its name or title then), for the audit page and the export. */
export function recordName(entry: EntryInput, locale: AppLocale): string | null {
  const snap = entry.after ?? entry.before;
  if (!snap) return null;
  const pick = (ar: unknown, fr: unknown) => (locale === "ar" ? ar ?? fr : fr ?? ar);
  const value = pick(snap.nameAr, snap.nameFr) ?? pick(snap.titleAr, snap.titleFr) ?? snap.name ?? snap.email ?? snap.fileName;
  return typeof value === "string" && value ? value : null;
}
