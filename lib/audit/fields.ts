// How each stored audit field reads to people: its label (the form's own message where the form has the
// field, else one of AuditTrail.fields) and how to show its value. Pure data, shared by the presenter, the
// names stored with new entries and the export.

export type RefType = "Cooperative" | "Programme" | "Axis" | "Organisation" | "Commune" | "Place" | "Sector" | "Prefecture" | "Region" | "Phase" | "User";

export type FieldSpec =
  | { kind: "text" | "money" | "date" | "datetime" | "boolean" | "number" | "percent"; label: string }
  | { kind: "enum"; label: string; values: string }
  | { kind: "ref"; label: string; type: RefType }
  /** A list of codes (comma-separated), each translated under `values`. */
  | { kind: "codes"; label: string; values: string }
  | { kind: "partners" | "tranches" | "eventPartners" | "presentations"; label: string };

const F = "AuditTrail.fields";
const text = (label: string): FieldSpec => ({ kind: "text", label });

// Fields every entity may carry, under the trail's own labels.
const COMMON: Record<string, FieldSpec> = {
  id: { kind: "number", label: `${F}.id` },
  isDemo: { kind: "boolean", label: `${F}.isDemo` },
  isPublic: { kind: "boolean", label: `${F}.isPublic` },
  prefectureId: { kind: "ref", label: `${F}.prefectureId`, type: "Prefecture" },
  nameAr: text("Territory.nameAr"),
  nameFr: text("Territory.nameFr"),
  code: text("Territory.code"),
};

const G = "Grants.form";
const E = "AdminEvents.form";
const C = "Cooperatives.fields";
const O = "Organisations.fields";

export const AUDIT_FIELDS: Record<string, Record<string, FieldSpec>> = {
  Grant: {
    cooperativeId: { kind: "ref", label: `${G}.cooperative`, type: "Cooperative" },
    programmeId: { kind: "ref", label: `${G}.programme`, type: "Programme" },
    axisId: { kind: "ref", label: `${G}.axis`, type: "Axis" },
    titleAr: text(`${G}.titleAr`),
    titleFr: text(`${G}.titleFr`),
    approvedOn: { kind: "date", label: `${G}.approvedOn` },
    status: { kind: "enum", label: `${G}.status`, values: "Grants.status" },
    totalCostCentimes: { kind: "money", label: `${G}.totalCost` },
    indhContributionCentimes: { kind: "money", label: `${G}.indhContribution` },
    beneficiaryContributionCentimes: { kind: "money", label: `${G}.beneficiaryContribution` },
    acknowledgedWarnings: { kind: "codes", label: `${F}.acknowledgedWarnings`, values: "Grants.warningCodes" },
    acknowledgedById: { kind: "ref", label: `${F}.acknowledgedById`, type: "User" },
    acknowledgedAt: { kind: "datetime", label: `${F}.acknowledgedAt` },
    partnerContributions: { kind: "partners", label: `${G}.partners` },
    tranches: { kind: "tranches", label: `${G}.tranches` },
  },
  Cooperative: {
    registerNumber: text(`${C}.registerNumber`),
    nameAr: text(`${C}.nameAr`),
    nameFr: text(`${C}.nameFr`),
    sectorId: { kind: "ref", label: `${C}.sectorId`, type: "Sector" },
    communeId: { kind: "ref", label: `${C}.communeId`, type: "Commune" },
    placeId: { kind: "ref", label: `${C}.placeId`, type: "Place" },
    foundedOn: { kind: "date", label: `${C}.foundedOn` },
    members: { kind: "number", label: `${C}.members` },
    womenMembers: { kind: "number", label: `${C}.womenMembers` },
    youngMembers: { kind: "number", label: `${C}.youngMembers` },
    contactName: text(`${C}.contactName`),
    contactPhone: text(`${C}.contactPhone`),
    contactEmail: text(`${C}.contactEmail`),
  },
  Organisation: {
    code: text(`${O}.code`),
    kind: { kind: "enum", label: `${O}.kind`, values: "Organisations.kinds" },
    acronym: text(`${O}.acronym`),
    nameAr: text(`${O}.nameAr`),
    nameFr: text(`${O}.nameFr`),
    communeId: { kind: "ref", label: `${O}.communeId`, type: "Commune" },
  },
  Event: {
    slug: text(`${E}.slug`),
    kind: { kind: "enum", label: `${E}.kind`, values: "EventKind" },
    status: { kind: "enum", label: `${E}.status`, values: "AdminEvents.status" },
    startsAt: { kind: "datetime", label: `${F}.startsAt` },
    communeId: { kind: "ref", label: `${E}.communeId`, type: "Commune" },
    placeId: { kind: "ref", label: `${E}.placeId`, type: "Place" },
    organiserId: { kind: "ref", label: `${E}.organiserId`, type: "Organisation" },
    attendance: { kind: "number", label: `${E}.attendance` },
    publishedAt: { kind: "datetime", label: `${F}.publishedAt` },
    partners: { kind: "eventPartners", label: `${E}.partners` },
    presentations: { kind: "presentations", label: `${E}.presentations` },
    ...Object.fromEntries(
      ["titleAr", "titleFr", "occasionAr", "occasionFr", "venueAr", "venueFr", "attendanceNoteAr", "attendanceNoteFr", "summaryAr", "summaryFr", "bodyAr", "bodyFr", "sourceNameAr", "sourceNameFr"]
        .map((f) => [f, text(`${E}.${f}`)]),
    ),
  },
  User: {
    email: text("Users.email"),
    name: text("Users.name"),
    role: { kind: "enum", label: "Users.role", values: "Admin.roles" },
    isNational: { kind: "boolean", label: "Users.national" },
    isActive: { kind: "boolean", label: "Users.active" },
    passwordReset: { kind: "boolean", label: `${F}.passwordReset` },
    passwordChanged: { kind: "boolean", label: `${F}.passwordChanged` },
    sessionsEnded: { kind: "number", label: `${F}.sessionsEnded` },
    passwordChangedAt: { kind: "datetime", label: `${F}.passwordChangedAt` },
  },
  Commune: {
    legalStatus: { kind: "enum", label: "Territory.legalStatus", values: "Territory.legalStatuses" },
    setting: { kind: "enum", label: "Territory.setting", values: "Territory.settings" },
    alternativeNames: text("Territory.alternativeNames"),
  },
  Place: {
    communeId: { kind: "ref", label: `${F}.communeId`, type: "Commune" },
    kind: { kind: "enum", label: "Territory.kind", values: "Territory.kinds" },
  },
  Phase: {
    number: { kind: "number", label: "Territory.number" },
    startYear: { kind: "text", label: "Territory.startYear" },
    endYear: { kind: "text", label: "Territory.endYear" },
  },
  Programme: {
    phaseId: { kind: "ref", label: "Territory.phaseId", type: "Phase" },
    number: { kind: "number", label: "Territory.number" },
  },
  Axis: {
    programmeId: { kind: "ref", label: "Territory.programmeId", type: "Programme" },
    maxIndhSharePercent: { kind: "percent", label: "Territory.maxIndhSharePercent" },
    maxIndhContributionCentimes: { kind: "money", label: "Territory.maxIndhContribution" },
    minWomenOrYouthMembersPercent: { kind: "percent", label: "Territory.minWomenOrYouthMembersPercent" },
  },
  ImportBatch: {
    kind: { kind: "enum", label: `${F}.kind`, values: "AuditTrail.importKinds" },
    rows: { kind: "number", label: `${F}.rows` },
    created: { kind: "number", label: `${F}.created` },
    updated: { kind: "number", label: `${F}.updated` },
    unchanged: { kind: "number", label: `${F}.unchanged` },
  },
  Prefecture: {
    regionId: { kind: "ref", label: "Territory.regionId", type: "Region" },
    kind: { kind: "enum", label: "Territory.prefectureKind", values: "Territory.prefectureKinds" },
  },
  // Milestones are one line each in a text field (see lib/conventions/snapshot.ts): both labels, due date,
  // released tranche, date reached.
  Convention: {
    reference: text("Conventions.form.reference"),
    obligationsAr: text("Conventions.form.obligationsAr"),
    obligationsFr: text("Conventions.form.obligationsFr"),
    resultsAr: text("Conventions.form.resultsAr"),
    resultsFr: text("Conventions.form.resultsFr"),
    signedOn: { kind: "date", label: "Conventions.actions.signedOn" },
    milestones: text("Conventions.form.milestones"),
  },
};

/** Stored with new entries: the names of the records a snapshot points to, as they were then. */
export const NAMES_KEY = "_names";
/** Bookkeeping, not something a person changed. */
export const HIDDEN_FIELDS = new Set(["updatedAt", "createdAt", "version", "searchText", "passwordHash", NAMES_KEY]);

/** The spec of a field; unknown fields get a guess from their name so that nothing shows as raw JSON. */
export function fieldSpec(entityType: string, field: string): FieldSpec {
  const own = AUDIT_FIELDS[entityType]?.[field] ?? COMMON[field];
  if (own) return own;
  const label = `${F}.${field}`;
  if (field.endsWith("Centimes")) return { kind: "money", label };
  if (/(On)$/.test(field)) return { kind: "date", label };
  if (/(At)$/.test(field)) return { kind: "datetime", label };
  return { kind: "text", label };
}

export type Ref = { type: RefType; id: number };
export const refKey = (ref: Ref) => `${ref.type}:${ref.id}`;

const asId = (value: unknown): number | null => {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isSafeInteger(n) && n > 0 ? n : null;
};

/** Every record a snapshot points to, so their names can be stored or looked up. */
export function refsOf(entityType: string, snapshot: Record<string, unknown> | null): Ref[] {
  if (!snapshot) return [];
  const refs: Ref[] = [];
  const push = (type: RefType, value: unknown) => {
    const id = asId(value);
    if (id) refs.push({ type, id });
  };
  for (const [field, value] of Object.entries(snapshot)) {
    const spec = fieldSpec(entityType, field);
    if (spec.kind === "ref") push(spec.type, value);
    const rows = Array.isArray(value) ? (value as unknown[]) : [];
    if (spec.kind === "eventPartners") rows.forEach((id) => push("Organisation", id));
    if (spec.kind === "partners" || spec.kind === "presentations") rows.forEach((row) => push("Organisation", (row as { organisationId?: unknown })?.organisationId));
  }
  return refs;
}
