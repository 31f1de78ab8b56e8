import "server-only";
// Changes to photos after upload: their texts and visibility, deletion, and adding photos to an event's
// gallery. Each is looked up inside the user's prefecture and the page it was opened from (visit or event),
// versioned and audited.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import type { ProcessedPhoto } from "@/lib/photos/process";
import type { PhotoDetailsInput } from "@/lib/photos/schema";
import { deletePhotos, storePhotos } from "@/lib/photos/store";

/** The page a photo is handled from: it must belong there, so a bound id cannot reach another's photo. */
export type PhotoPlace = { visitId: number } | { eventId: number };

const photoSelect = { id: true, prefectureId: true, visitId: true, eventId: true, captionAr: true, captionFr: true, altAr: true, altFr: true, isPublic: true, version: true } as const;
type StoredPhoto = Prisma.PhotoGetPayload<{ select: typeof photoSelect }>;

const snapshot = (p: StoredPhoto) => ({ captionAr: p.captionAr, captionFr: p.captionFr, altAr: p.altAr, altFr: p.altFr, isPublic: p.isPublic, version: p.version });
const formValues = (p: StoredPhoto): Record<string, string> => ({ captionAr: p.captionAr, captionFr: p.captionFr, altAr: p.altAr, altFr: p.altFr, isPublic: p.isPublic ? "on" : "" });

async function findPhoto(tx: Prisma.TransactionClient, user: SessionUser, place: PhotoPlace, photoId: number): Promise<StoredPhoto> {
  const photo = await tx.photo.findFirst({ where: { id: photoId, ...place, ...prefectureScope(user) }, select: photoSelect });
  if (!photo) throw new RecordNotFoundError();
  return photo;
}

export async function updatePhotoDetails(user: SessionUser, place: PhotoPlace, photoId: number, input: PhotoDetailsInput): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const before = await findPhoto(tx, user, place, photoId);
    if (before.version !== input.version) throw new VersionConflictError(formValues(before), before.version);
    const data = { captionAr: input.captionAr ?? "", captionFr: input.captionFr ?? "", altAr: input.altAr ?? "", altFr: input.altFr ?? "", isPublic: input.isPublic };
    const { count } = await tx.photo.updateMany({ where: { id: before.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count !== 1) throw new VersionConflictError(formValues(before), before.version + 1);
    await recordAudit(tx, {
      actor: user, prefectureId: before.prefectureId, action: "UPDATE", entityType: "Photo", entityId: before.id,
      before: snapshot(before), after: { ...data, version: before.version + 1 },
    });
    return { id: before.id };
  });
}

export async function deletePhoto(user: SessionUser, place: PhotoPlace, photoId: number, input: { version: number }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const before = await findPhoto(tx, user, place, photoId);
    if (before.version !== input.version) throw new VersionConflictError(formValues(before), before.version);
    await deletePhotos(tx, { id: before.id, version: input.version });
    await recordAudit(tx, { actor: user, prefectureId: before.prefectureId, action: "DELETE", entityType: "Photo", entityId: before.id, before: snapshot(before) });
  });
}

/** Adds photos to an event's gallery (each private until its texts are given and it is made public). */
export async function addEventPhotos(user: SessionUser, eventId: number, photos: ProcessedPhoto[]): Promise<{ ids: number[] }> {
  return getDb().$transaction(async (tx) => {
    const event = await tx.event.findFirst({ where: { id: eventId, ...prefectureScope(user) }, select: { id: true, prefectureId: true, isDemo: true } });
    if (!event) throw new RecordNotFoundError();
    const ids = await storePhotos(tx, { prefectureId: event.prefectureId, uploadedById: user.id, eventId: event.id, isDemo: event.isDemo }, photos);
    for (const id of ids) {
      await recordAudit(tx, { actor: user, prefectureId: event.prefectureId, action: "CREATE", entityType: "Photo", entityId: id, after: { eventId: event.id, isPublic: false } });
    }
    return { ids };
  }, { timeout: 30_000 });
}
