// The name a stored file keeps: the sender's name is shown to staff and offered on download, so it must not
// carry paths, control or direction characters (a name that reads "fdp.exe" backwards), or a misleading
// extension. The extension is always the one of the content found (lib/files/sniff.ts).
import { EXTENSION_OF, type AcceptedMediaType } from "@/lib/files/sniff";

const MAX_BASE_LENGTH = 100;

export function sanitizeFileName(claimed: string, mediaType: AcceptedMediaType): string {
  const lastSegment = claimed.split(/[\\/]/).pop() ?? "";
  const withoutExtension = lastSegment.replace(/\.[^.]{0,10}$/, "");
  const base = withoutExtension
    .normalize("NFC")
    // control characters, bidi overrides and isolates, zero-width characters
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    // characters with a meaning to shells, file systems or HTTP headers
    .replace(/["*:<>?|;`$%\\/]/g, "_")
    .replace(/\s+/g, " ")
    .replace(/^[.\s_-]+|[.\s]+$/g, "")
    .slice(0, MAX_BASE_LENGTH)
    .trim();
  return `${base || "document"}.${EXTENSION_OF[mediaType]}`;
}
