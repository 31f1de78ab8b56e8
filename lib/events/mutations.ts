import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import type { SessionUser } from "@/lib/auth/types";
import { mayTouchPrefecture, prefectureScope } from "@/lib/auth/scope";
import { RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { DomainError } from "@/lib/domain-error";
import { eventSearchText } from "@/lib/search/search-text";
import { auditSnapshot, storedEventSelect } from "@/lib/events/stored-event";
import { toFormValues } from "@/lib/events/form-values";
import { checkEventReferences } from "@/lib/events/references";
import { resolveFilingPrefecture } from "@/lib/events/filing-prefecture";
import { SLUG_MAX_LENGTH, type EventCreateInput, type EventInput, type EventUpdateInput } from "@/lib/events/schema";
import type { StoredEvent } from "@/lib/events/types";
import { deletePhotos } from "@/lib/photos/store";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

/** What the action needs to refresh public pages: the slug now, and the one before if it changed. */
export type EventWriteResult = { id: number; slug: string; previousSlug: string | null };

const loadStored = (tx: Tx, user: SessionUser, id: number) =>
  tx.event.findFirst({ where: { id, ...prefectureScope(user) }, select: storedEventSelect }) as Promise<StoredEvent | null>;

// Named one by one: a caller's extra properties (id, prefectureId, publishedAt...) never reach the row.
function eventData(i: EventInput) {
  return {
    slug: i.slug, kind: i.kind, status: i.status, titleAr: i.titleAr, titleFr: i.titleFr, occasionAr: i.occasionAr, occasionFr: i.occasionFr,
    startsAt: i.startsAt, venueAr: i.venueAr, venueFr: i.venueFr, communeId: i.communeId, placeId: i.placeId, organiserId: i.organiserId,
    attendance: i.attendance, attendanceNoteAr: i.attendanceNoteAr, attendanceNoteFr: i.attendanceNoteFr, summaryAr: i.summaryAr,
    summaryFr: i.summaryFr, bodyAr: i.bodyAr, bodyFr: i.bodyFr, sourceNameAr: i.sourceNameAr, sourceNameFr: i.sourceNameFr,
    searchText: eventSearchText(i),
  };
}

const presentationData = (p: EventInput["presentations"][number], eventId: number, position: number) => ({
  eventId, position, titleAr: p.titleAr, titleFr: p.titleFr, presenterRoleAr: p.presenterRoleAr, presenterRoleFr: p.presenterRoleFr,
  organisationId: p.organisationId, summaryAr: p.summaryAr, summaryFr: p.summaryFr,
  reportedPeriodStartYear: p.reportedPeriodStartYear, reportedPeriodEndYear: p.reportedPeriodEndYear,
  reportedCooperativesFunded: p.reportedCooperativesFunded, reportedUrbanCooperatives: p.reportedUrbanCooperatives,
  reportedRuralCooperatives: p.reportedRuralCooperatives, reportedTotalEnvelopeCentimes: p.reportedTotalEnvelopeCentimes,
  reportedIndhContributionCentimes: p.reportedIndhContributionCentimes,
});

// Partners and presentations are replaced as a whole: their order is the form's order.
async function writeChildren(tx: Tx, eventId: number, input: EventInput) {
  await tx.eventPartner.deleteMany({ where: { eventId } });
  await tx.presentation.deleteMany({ where: { eventId } });
  if (input.partners.length > 0) {
    await tx.eventPartner.createMany({ data: input.partners.map((organisationId, i) => ({ eventId, organisationId, position: i + 1 })) });
  }
  if (input.presentations.length > 0) {
    await tx.presentation.createMany({
      data: input.presentations.map((p, i) => presentationData(p, eventId, i + 1)),
    });
  }
}

/**
 * The slug to save. Slugs are unique across the country (the public address is /events/<slug>). Taken by
 * an event this user may see (their prefecture's, or any for a national user): refused next to the field.
 * Taken by another prefecture's event: saved under the first free `<slug>-<n>` without a word, because
 * "already used" would tell a user of one prefecture that another prefecture has a draft of that name
 * while the public address answers 404 (finding 6). What the user sees is their own event's address.
 */
async function slugToSave(tx: Tx, user: SessionUser, slug: string, exceptId?: number): Promise<string> {
  const other = await tx.event.findUnique({ where: { slug }, select: { id: true, prefectureId: true } });
  if (!other || other.id === exceptId) return slug;
  if (mayTouchPrefecture(user, other.prefectureId)) throw new DomainError([{ field: "slug", code: "slugTaken" }]);
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${slug.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
    const taken = await tx.event.findUnique({ where: { slug: candidate }, select: { id: true } });
    if (!taken || taken.id === exceptId) return candidate;
  }
}

/** Creates an event in its prefecture (see resolveFilingPrefecture) with its partners, presentations and audit entry. */
export async function createEvent(user: SessionUser, input: EventCreateInput): Promise<EventWriteResult> {
  return getDb().$transaction(async (tx) => {
    const prefectureId = await resolveFilingPrefecture(tx, user, input.prefectureId);
    await checkEventReferences(tx, prefectureId, input);
    const slug = await slugToSave(tx, user, input.slug);
    const publishedAt = input.status === "PUBLISHED" ? new Date() : null;
    const { id } = await tx.event.create({ data: { ...eventData(input), slug, prefectureId, publishedAt }, select: { id: true } });
    await writeChildren(tx, id, input);
    const after = (await loadStored(tx, user, id))!;
    await recordAudit(tx, { actor: user, prefectureId, action: "CREATE", entityType: "Event", entityId: id, after: auditSnapshot(after) });
    return { id, slug, previousSlug: null };
  });
}

/** Saves over version `input.version` only; someone else's newer save is reported, never overwritten. */
export async function updateEvent(user: SessionUser, id: number, input: EventUpdateInput): Promise<EventWriteResult> {
  return getDb().$transaction(async (tx) => {
    const before = await loadStored(tx, user, id);
    if (!before) throw new RecordNotFoundError();
    if (before.version !== input.version) throw new VersionConflictError(toFormValues(before), before.version);
    await checkEventReferences(tx, before.prefectureId, input);
    const slug = await slugToSave(tx, user, input.slug, id);
    const { version } = input;
    // publishedAt records the first publication; going back to draft and out again keeps it.
    const publishedAt = before.publishedAt ?? (input.status === "PUBLISHED" ? new Date() : null);
    const { count } = await tx.event.updateMany({
      where: { id, version },
      data: { ...eventData(input), slug, publishedAt, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = (await loadStored(tx, user, id))!;
      throw new VersionConflictError(toFormValues(current), current.version);
    }
    await writeChildren(tx, id, input);
    const after = (await loadStored(tx, user, id))!;
    await recordAudit(tx, { actor: user, prefectureId: before.prefectureId, action: "UPDATE", entityType: "Event", entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
    return { id, slug: after.slug, previousSlug: before.slug !== after.slug ? before.slug : null };
  });
}

/** Deletes an event (its partners and presentations cascade), keeping the whole record in the audit trail. */
export async function deleteEvent(user: SessionUser, id: number, input: { reason: string; version: number }): Promise<EventWriteResult> {
  return getDb().$transaction(async (tx) => {
    const before = await loadStored(tx, user, id);
    if (!before) throw new RecordNotFoundError();
    if (before.version !== input.version) throw new VersionConflictError(toFormValues(before), before.version);
    // The gallery goes with the event; its photos' files are not cascaded (stored files are shared by kinds).
    await deletePhotos(tx, { eventId: id });
    const { count } = await tx.event.deleteMany({ where: { id, version: input.version } });
    if (count === 0) throw new VersionConflictError(toFormValues(before), before.version);
    await recordAudit(tx, { actor: user, prefectureId: before.prefectureId, action: "DELETE", entityType: "Event", entityId: id, before: auditSnapshot(before), reason: input.reason });
    return { id, slug: before.slug, previousSlug: null };
  });
}
