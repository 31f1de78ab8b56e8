import "server-only";
// Reading photos: the file a URL asks for (public, or for the staff of its prefecture) and the photos a page
// shows. Lists never select file contents.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/roles";
import { mayTouchPrefecture, prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { pickVariant } from "@/lib/photos/process";

/**
 * A photo is public when marked so with its four texts, and its page is public: the event is published, or
 * the cooperative (of the visit) is marked public. Both conditions are in this one where clause.
 */
export const PUBLIC_PHOTO: Prisma.PhotoWhereInput = {
  isPublic: true,
  captionAr: { not: "" }, captionFr: { not: "" }, altAr: { not: "" }, altFr: { not: "" },
  OR: [{ event: { status: "PUBLISHED" } }, { eventId: null, cooperative: { isPublic: true } }],
};

export type PhotoFile = { content: Uint8Array; sha256: string; isPublic: boolean };

/** The variant of `photoId` nearest `width`, if the visitor may see it; null otherwise (answered 404). */
export async function getPhotoFile(user: SessionUser | null, photoId: number, width: number): Promise<PhotoFile | null> {
  const db = getDb();
  const photo = await db.photo.findUnique({ where: { id: photoId }, select: { id: true, prefectureId: true, variants: { select: { width: true, height: true, fileId: true } } } });
  if (!photo || photo.variants.length === 0) return null;
  const isPublic = (await db.photo.count({ where: { id: photoId, ...PUBLIC_PHOTO } })) === 1;
  const mayRead = isPublic || (user !== null && can(user.role, "records.read") && mayTouchPrefecture(user, photo.prefectureId));
  if (!mayRead) return null;
  const variant = pickVariant(photo.variants, width);
  if (!variant) return null;
  const file = await db.storedFile.findUnique({ where: { id: variant.fileId }, select: { content: true, sha256: true } });
  return file ? { content: file.content, sha256: file.sha256, isPublic } : null;
}

/** What a page needs to show a photo: its sizes (for srcset), its texts in the page's language. */
export type PhotoView = {
  id: number; width: number; height: number; widths: number[]; caption: string; alt: string;
  captionAr: string; captionFr: string; altAr: string; altFr: string; isPublic: boolean; version: number;
};

export const photoViewSelect = {
  id: true, width: true, height: true, captionAr: true, captionFr: true, altAr: true, altFr: true, isPublic: true, version: true,
  variants: { select: { width: true }, orderBy: { width: "asc" as const } },
} as const;

export function toPhotoView(p: Prisma.PhotoGetPayload<{ select: typeof photoViewSelect }>, locale: AppLocale): PhotoView {
  return {
    id: p.id, width: p.width, height: p.height, widths: p.variants.map((v) => v.width),
    caption: localized(locale, p.captionAr, p.captionFr), alt: localized(locale, p.altAr, p.altFr),
    captionAr: p.captionAr, captionFr: p.captionFr, altAr: p.altAr, altFr: p.altFr, isPublic: p.isPublic, version: p.version,
  };
}

/** An event's gallery for its staff page: every photo, public or not. */
export async function getEventPhotosForStaff(user: SessionUser, eventId: number, locale: AppLocale): Promise<PhotoView[]> {
  const rows = await getDb().photo.findMany({
    where: { eventId, ...prefectureScope(user) },
    select: photoViewSelect, orderBy: { id: "asc" },
  });
  return rows.map((p) => toPhotoView(p, locale));
}

/** An event's public gallery. */
export async function getPublicEventPhotos(eventId: number, locale: AppLocale): Promise<PhotoView[]> {
  const rows = await getDb().photo.findMany({ where: { eventId, ...PUBLIC_PHOTO }, select: photoViewSelect, orderBy: { id: "asc" } });
  return rows.map((p) => toPhotoView(p, locale));
}
