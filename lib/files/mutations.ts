import "server-only";
// Files are kept in the database (StoredFile.content), written inside the caller's transaction so that a
// refused or failed application leaves none behind.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CheckedFile } from "@/lib/files/check";

export async function storeFile(tx: Prisma.TransactionClient, file: CheckedFile, owner: { prefectureId: number; uploadedById: number | null }): Promise<number> {
  const stored = await tx.storedFile.create({
    data: {
      prefectureId: owner.prefectureId, uploadedById: owner.uploadedById, fileName: file.fileName, mediaType: file.mediaType,
      sizeBytes: file.sizeBytes, sha256: file.sha256, content: file.content,
    },
    select: { id: true },
  });
  return stored.id;
}
