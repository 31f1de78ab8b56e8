import "server-only";
// The photos a form sent in one file field, checked and processed before any transaction starts (resizing
// takes a moment; the database is not held meanwhile). Every refusal stands next to that field.
import { DomainError, type Violation } from "@/lib/domain-error";
import { processPhoto, type ProcessedPhoto } from "@/lib/photos/process";
import { MAX_PHOTOS_BYTES, MAX_PHOTOS_PER_FORM } from "@/lib/photos/limits";
import { displayName } from "@/lib/files/check";

const MB = 1024 * 1024;

/** Files of the field (a crafted request may send text there: it is not a photo, it is ignored). */
export function chosenPhotos(formData: FormData, field: string): File[] {
  if (!(formData instanceof FormData)) return [];
  return formData.getAll(field).filter((v): v is File => typeof v !== "string" && v.size > 0);
}

export async function processUploadedPhotos(files: File[], field: string): Promise<ProcessedPhoto[]> {
  const refuse = (v: Omit<Violation, "field">): never => {
    throw new DomainError([{ field, ...v }]);
  };
  if (files.length > MAX_PHOTOS_PER_FORM) refuse({ code: "photos.tooMany", params: { max: MAX_PHOTOS_PER_FORM } });
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_PHOTOS_BYTES) refuse({ code: "photos.tooMuch", params: { max: MAX_PHOTOS_BYTES / MB } });
  const processed: ProcessedPhoto[] = [];
  for (const file of files) {
    const result = await processPhoto(new Uint8Array(await file.arrayBuffer()));
    if ("refused" in result) refuse({ code: `photos.${result.refused}`, params: { name: displayName(file.name) } });
    else processed.push(result);
  }
  return processed;
}

