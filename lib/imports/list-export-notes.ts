import "server-only";
// The lines printed above an exported list: when it was exported and, in words, the search and each filter
// that shaped it, so a file read weeks later says what it holds. Filter values in the URL are ids and
// codes; they are named here (a commune only within the user's scope, so no other prefecture's name shows).
// A value the list ignores (an unknown zone, a malformed id) is not described either.
import { createTranslator } from "next-intl";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { intFilter, type ListParams } from "@/lib/lists/list-params";
import { formatDateTime } from "@/lib/format/dates";
import { programmeCode } from "@/lib/imports/reference-index";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";

export type ListExportKind = "cooperatives" | "grants" | "events";
type LabelKey = keyof typeof fr.ListExport.filters;

// URL filter → label, in the order the list's filter form shows them. A cooperative's programme, status
// and year filters are about its grants ("has a grant of ..."), hence their own labels.
const LABELS: Record<ListExportKind, Record<string, LabelKey>> = {
  cooperatives: { commune: "commune", zone: "zone", sector: "sector", programme: "grantProgramme", status: "grantStatus", year: "grantYear" },
  grants: { commune: "commune", zone: "zone", phase: "phase", programme: "programme", axis: "axis", status: "status", year: "approvalYear" },
  events: { status: "status", kind: "kind", year: "eventYear", commune: "commune" },
};

type Name = { nameAr: string; nameFr: string } | null;

/** The words for one filter value, `unknown` when its id matches nothing, null when the list ignores the value. */
async function valueOf(kind: ListExportKind, key: string, raw: string, ctx: { user: SessionUser; locale: AppLocale; unknown: string }): Promise<string | null> {
  const { user, locale, unknown } = ctx;
  const m = locale === "ar" ? ar : fr;
  const label = (labels: Record<string, string>) => (Object.hasOwn(labels, raw) ? labels[raw]! : null);
  const named = (row: Name) => (row ? localized(locale, row.nameAr, row.nameFr) : unknown);
  const id = intFilter(raw);
  const name = { nameAr: true, nameFr: true } as const;
  const db = getDb();
  switch (key) {
    case "zone":
      return label(m.Cooperatives.zone);
    case "status":
      return label(kind === "events" ? m.AdminEvents.status : m.Grants.status);
    case "kind":
      return label(m.EventKind);
    case "year":
      return /^\d{4}$/.test(raw) ? raw : null;
  }
  if (!id) return null;
  switch (key) {
    case "commune":
      return named(await db.commune.findFirst({ where: { id, ...prefectureScope(user) }, select: name }));
    case "sector":
      return named(await db.sector.findUnique({ where: { id }, select: name }));
    case "phase":
      return named(await db.phase.findUnique({ where: { id }, select: name }));
    case "programme": {
      const p = await db.programme.findUnique({ where: { id }, select: { ...name, number: true, phase: { select: { number: true } } } });
      return p ? `${programmeCode(p.phase.number, p.number)} ${named(p)}` : unknown;
    }
    case "axis":
      return named(await db.axis.findUnique({ where: { id }, select: name }));
  }
  return null;
}

export async function listExportNotes(kind: ListExportKind, user: SessionUser, params: ListParams<string>, locale: AppLocale, now: Date): Promise<string[]> {
  const t = createTranslator({ locale, messages: locale === "ar" ? ar : fr, namespace: "ListExport" });
  const lines = [t("exportedAt", { time: formatDateTime(now, locale) })];
  if (params.q) lines.push(t("search", { value: params.q }));
  for (const [key, labelKey] of Object.entries(LABELS[kind])) {
    const raw = params.filters[key];
    if (!raw) continue;
    const value = await valueOf(kind, key, raw, { user, locale, unknown: t("unknownId", { id: raw }) });
    if (value !== null) lines.push(t("filter", { label: t(`filters.${labelKey}`), value }));
  }
  if (lines.length === 1) lines.push(t("noFilter"));
  return lines;
}
