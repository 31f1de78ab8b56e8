// (No "server-only" here: the seed writes its demonstration photos with it, outside Next.)
// Photos in the database: each web variant is a stored file (lib/files/), written inside the caller's
// transaction, so a refused form leaves no photo behind. The upload itself is never written.
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProcessedPhoto } from "@/lib/photos/process";

type Tx = Prisma.TransactionClient;

/** What a photo hangs on: a visit (and its cooperative) or an event. */
export type PhotoOwner = { prefectureId: number; uploadedById: number; visitId?: number; cooperativeId?: number; eventId?: number; isDemo?: boolean };

export async function storePhotos(tx: Tx, owner: PhotoOwner, photos: ProcessedPhoto[]): Promise<number[]> {
  const ids: number[] = [];
  for (const photo of photos) {
    const { id } = await tx.photo.create({
      data: {
        prefectureId: owner.prefectureId, uploadedById: owner.uploadedById, visitId: owner.visitId ?? null,
        cooperativeId: owner.cooperativeId ?? null, eventId: owner.eventId ?? null, isDemo: owner.isDemo ?? false,
        width: photo.width, height: photo.height,
      },
      select: { id: true },
    });
    for (const variant of photo.variants) {
      const file = await tx.storedFile.create({
        data: {
          prefectureId: owner.prefectureId, uploadedById: owner.uploadedById, fileName: `photo-${id}-${variant.width}.webp`,
          mediaType: variant.mediaType, sizeBytes: variant.bytes.length,
          sha256: variant.sha256 || createHash("sha256").update(variant.bytes).digest("hex"),
          content: new Uint8Array(variant.bytes),
        },
        select: { id: true },
      });
      await tx.photoVariant.create({ data: { photoId: id, width: variant.width, height: variant.height, fileId: file.id } });
    }
    ids.push(id);
  }
  return ids;
}

/** Deletes photos and their variants' files (the files are not cascaded: StoredFile is shared by kinds). */
export async function deletePhotos(tx: Tx, where: Prisma.PhotoWhereInput): Promise<number> {
  const photos = await tx.photo.findMany({ where, select: { id: true, variants: { select: { fileId: true } } } });
  if (photos.length === 0) return 0;
  const fileIds = photos.flatMap((p) => p.variants.map((v) => v.fileId));
  await tx.photo.deleteMany({ where: { id: { in: photos.map((p) => p.id) } } });
  await tx.storedFile.deleteMany({ where: { id: { in: fileIds } } });
  return photos.length;
}
