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
const A = "Apply.fields";
const AP = "Apply";
const K = "Committee";
const V = "Visits.form";

// The outcome indicators, as a visit measures them and as the baseline records them at approval.
const OUTCOME_INDICATOR_FIELDS: Record<string, FieldSpec> = {
    jobs: { kind: "number", label: `${V}.jobs` },
    jobsWomen: { kind: "number", label: `${V}.jobsWomen` },
    jobsYoung: { kind: "number", label: `${V}.jobsYoung` },
    members: { kind: "number", label: `${V}.members` },
    annualRevenueCentimes: { kind: "money", label: `${V}.annualRevenue` },
    productionQuantity: { kind: "number", label: `${V}.productionQuantity` },
};

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
    presentedCooperativeAdded: text(`${F}.presentedCooperativeAdded`),
    presentedCooperativeRemoved: text(`${F}.presentedCooperativeRemoved`),
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
  CallForProjects: {
    programmeId: { kind: "ref", label: "Calls.form.programmeId", type: "Programme" },
    slug: text("Calls.admin.detail.slug"),
    reference: text("Calls.form.reference"),
    status: { kind: "enum", label: "Calls.admin.detail.status", values: "Calls.admin.status" },
    opensAt: { kind: "datetime", label: "Calls.form.opensAtDate" },
    closesAt: { kind: "datetime", label: "Calls.form.closesAtDate" },
    envelopeCentimes: { kind: "money", label: "Calls.form.envelope" },
    publishedAt: { kind: "datetime", label: "Calls.admin.detail.publishedAt" },
    resultsPublic: { kind: "boolean", label: "Calls.admin.detail.resultsPublic" },
    axes: { kind: "text", label: "Calls.form.axes" },
    requiredDocuments: { kind: "text", label: "Calls.form.documents" },
    criteria: { kind: "text", label: "Calls.form.criteria" },
    ...Object.fromEntries(["titleAr", "titleFr", "textAr", "textFr"].map((f) => [f, text(`Calls.form.${f}`)])),
  },
  Application: {
    callId: { kind: "number", label: `${AP}.audit.callId` },
    axisId: { kind: "ref", label: `${A}.axisId`, type: "Axis" },
    cooperativeId: { kind: "ref", label: `${AP}.audit.cooperativeId`, type: "Cooperative" },
    receiptCode: text(`${AP}.receipt.code`),
    channel: text(`${AP}.audit.channel`),
    language: text(`${AP}.fields.language`),
    applicantRegisterNumber: text(`${A}.registerNumber`),
    applicantNameAr: text(`${A}.nameAr`),
    applicantNameFr: text(`${A}.nameFr`),
    applicantCommuneId: { kind: "ref", label: `${A}.communeId`, type: "Commune" },
    applicantSectorId: { kind: "ref", label: `${A}.sectorId`, type: "Sector" },
    members: { kind: "number", label: `${A}.members` },
    womenMembers: { kind: "number", label: `${A}.womenMembers` },
    youngMembers: { kind: "number", label: `${A}.youngMembers` },
    contactName: text(`${A}.contactName`),
    contactPhone: text(`${A}.contactPhone`),
    contactEmail: text(`${A}.contactEmail`),
    projectTitle: text(`${A}.projectTitle`),
    projectDescription: text(`${A}.projectDescription`),
    totalCostCentimes: { kind: "money", label: `${A}.totalCost` },
    requestedIndhCentimes: { kind: "money", label: `${A}.requestedIndh` },
    beneficiaryContributionCentimes: { kind: "money", label: `${A}.beneficiaryContribution` },
    partnersContributionCentimes: { kind: "money", label: `${A}.partnersContribution` },
    partnersDescription: text(`${A}.partnersDescription`),
    consentGivenAt: { kind: "datetime", label: `${AP}.audit.consentGivenAt` },
    submittedAt: { kind: "datetime", label: `${AP}.follow.submittedOn` },
    recordedById: { kind: "ref", label: `${AP}.audit.recordedById`, type: "User" },
    documents: text(`${AP}.follow.documents`),
    status: { kind: "enum", label: "Screening.audit.status", values: "Screening.status" },
    screeningReason: text("Screening.audit.screeningReason"),
    screenedAt: { kind: "datetime", label: "Screening.audit.screenedAt" },
    screenedById: { kind: "ref", label: "Screening.audit.screenedById", type: "User" },
    documentChecks: text("Screening.audit.documentChecks"),
    personalDataErasedAt: { kind: "datetime", label: `${AP}.audit.personalDataErasedAt` },
  },
  Review: {
    applicationId: { kind: "number", label: "Reviews.audit.applicationId" },
    reviewerId: { kind: "ref", label: "Reviews.audit.reviewerId", type: "User" },
    hasConflict: { kind: "boolean", label: "Reviews.audit.hasConflict" },
    conflictNote: text("Reviews.audit.conflictNote"),
    comment: text("Reviews.audit.comment"),
    scores: text("Reviews.audit.scores"),
    totalScore: { kind: "number", label: "Reviews.audit.totalScore" },
    submittedAt: { kind: "datetime", label: "Reviews.audit.submittedAt" },
  },
  CommitteeSession: {
    heldOn: { kind: "datetime", label: `${K}.session.date` },
    placeAr: text(`${K}.form.placeAr`),
    placeFr: text(`${K}.form.placeFr`),
    chairAr: text(`${K}.form.chairAr`),
    chairFr: text(`${K}.form.chairFr`),
    membersPresent: text(`${K}.form.membersPresent`),
    notesAr: text(`${K}.form.notesAr`),
    notesFr: text(`${K}.form.notesFr`),
    status: { kind: "enum", label: `${K}.list.status`, values: `${K}.status` },
  },
  CommitteeAgendaItem: {
    sessionId: { kind: "number", label: `${K}.audit.sessionId` },
    applicationId: { kind: "number", label: `${K}.audit.applicationId` },
    rank: { kind: "number", label: `${K}.agenda.rank` },
    scoreAtAgenda: { kind: "number", label: `${K}.agenda.score` },
    decision: { kind: "enum", label: `${K}.agenda.decision`, values: `${K}.decision` },
    approvedAmountCentimes: { kind: "money", label: `${K}.agenda.amount` },
    reason: text(`${K}.agenda.reason`),
    decidedAt: { kind: "datetime", label: `${K}.item.decidedAt` },
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
  Visit: {
    grantId: { kind: "number", label: `${F}.grantId` },
    visitedOn: { kind: "date", label: `${V}.visitedOn` },
    visitors: text(`${V}.visitors`),
    findings: text(`${V}.findings`),
    projectState: { kind: "enum", label: `${V}.projectState`, values: "Visits.states" },
    milestone: text(`${V}.milestoneId`),
    ...OUTCOME_INDICATOR_FIELDS,
    photos: { kind: "number", label: "Visits.detail.photos" },
  },
  GrantBaseline: {
    ...OUTCOME_INDICATOR_FIELDS,
    productionUnitAr: text(`${V}.productionUnitAr`),
    productionUnitFr: text(`${V}.productionUnitFr`),
  },
  Photo: {
    eventId: { kind: "number", label: `${F}.eventId` },
    captionAr: text("Photos.editor.captionAr"),
    captionFr: text("Photos.editor.captionFr"),
    altAr: text("Photos.editor.altAr"),
    altFr: text("Photos.editor.altFr"),
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
