// Checks the files of one application before anything is written: each one's content kind, size and
// count, and the application's total. Every refusal names the form field the file came from, so the message
// stands next to it.
import { createHash } from "node:crypto";
import type { Violation } from "@/lib/domain-error";
import { sniffMediaType, type AcceptedMediaType } from "@/lib/files/sniff";
import { sanitizeFileName } from "@/lib/files/file-name";
import { MAX_APPLICATION_BYTES, MAX_FILE_BYTES, MAX_FILES_PER_APPLICATION } from "@/lib/files/limits";

/** A file as the form sent it: the field it came in and the browser's File (name and type untrusted). */
export type Upload = { field: string; file: File };

export type CheckedFile = { field: string; fileName: string; mediaType: AcceptedMediaType; sizeBytes: number; sha256: string; content: Uint8Array<ArrayBuffer> };

const MB = 1024 * 1024;

export async function checkUploads(uploads: Upload[]): Promise<{ files: CheckedFile[]; violations: Violation[] }> {
  const violations: Violation[] = [];
  const files: CheckedFile[] = [];
  let total = 0;
  for (const [index, { field, file }] of uploads.entries()) {
    if (index >= MAX_FILES_PER_APPLICATION) {
      violations.push({ field, code: "apply.tooManyFiles", params: { max: MAX_FILES_PER_APPLICATION } });
      break;
    }
    if (file.size === 0) {
      violations.push({ field, code: "apply.emptyFile", params: { name: displayName(file.name) } });
      continue;
    }
    if (file.size > MAX_FILE_BYTES) {
      violations.push({ field, code: "apply.fileTooLarge", params: { name: displayName(file.name), max: MAX_FILE_BYTES / MB } });
      continue;
    }
    total += file.size;
    if (total > MAX_APPLICATION_BYTES) {
      violations.push({ field, code: "apply.applicationTooLarge", params: { max: MAX_APPLICATION_BYTES / MB } });
      break;
    }
    const content = new Uint8Array(await file.arrayBuffer());
    const mediaType = sniffMediaType(content);
    if (!mediaType) {
      violations.push({ field, code: "apply.fileTypeRefused", params: { name: displayName(file.name) } });
      continue;
    }
    files.push({
      field, mediaType, content, sizeBytes: content.length,
      fileName: sanitizeFileName(file.name, mediaType),
      sha256: createHash("sha256").update(content).digest("hex"),
    });
  }
  return { files, violations };
}

// The sender's name, quoted back in a message: shortened and stripped of direction and control characters.
export function displayName(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "").split(/[\\/]/).pop() ?? "";
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean || "?";
}
