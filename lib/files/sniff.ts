// What a file is, read from its first bytes (its "magic number"), never from its name or the type the
// browser claimed: both are chosen by the sender. Only the three kinds an application may carry are known.

export const ACCEPTED_MEDIA_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type AcceptedMediaType = (typeof ACCEPTED_MEDIA_TYPES)[number];

const SIGNATURES: { mediaType: AcceptedMediaType; bytes: number[] }[] = [
  { mediaType: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { mediaType: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The media type the content starts like, or null for anything else (HTML, SVG, executables, empty...). */
export function sniffMediaType(content: Uint8Array): AcceptedMediaType | null {
  for (const { mediaType, bytes } of SIGNATURES) {
    if (content.length >= bytes.length && bytes.every((b, i) => content[i] === b)) return mediaType;
  }
  return null;
}

/** The extension a stored file is given, from what it was found to be. */
export const EXTENSION_OF: Record<AcceptedMediaType, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };
