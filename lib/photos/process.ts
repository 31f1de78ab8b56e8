// Field-visit and event photos: what an upload is, decided from its bytes, and the web variants kept
// instead of it. The upload itself is never stored: a phone photo's EXIF carries where it was taken (GPS),
// when, and the device's make and serial number, and a beneficiary's home should not leak through a
// cooperative's public photo. Only re-encoded WebP variants are kept, and sharp writes no metadata into
// them because neither `withMetadata()` nor `keepExif()` is ever called here. Its default pipeline also
// converts an embedded ICC profile (an iPhone's Display P3) to sRGB before dropping it, so colours do not
// shift. No "server-only" import: scripts (the demo seed) and unit tests use this module too.
import { createHash } from "node:crypto";
import sharp, { type Metadata, type Sharp } from "sharp";

/** Widths of the web variants, the ones a `srcset` offers. */
export const PHOTO_WIDTHS = [480, 960, 1600] as const;
/** Upload limit per photo: a 12-megapixel phone JPEG is 3 to 6 MB, a HEIC half of that. */
export const PHOTO_MAX_BYTES = 12 * 1024 * 1024;
/** 50 megapixels: above any phone camera, far below what a small "decompression bomb" PNG can declare. */
export const PHOTO_MAX_PIXELS = 50_000_000;
const WEBP_QUALITY = 78;

export type PhotoVariant = { width: number; height: number; mediaType: "image/webp"; bytes: Buffer; sha256: string };
/** `width` and `height` are the original's, upright (EXIF orientation applied). */
export type ProcessedPhoto = { width: number; height: number; variants: PhotoVariant[] };
/** Keys of the `Errors`-style messages a form shows; expected failures are returned, never thrown. */
export type PhotoRefusal = { refused: "photoType" | "photoTooLarge" | "photoUnreadable" };
/** Limits are injectable so tests need not allocate 12 MB or build a 50-megapixel image. */
export type PhotoLimits = { maxBytes?: number; maxPixels?: number };

type PhotoFormat = "jpeg" | "png" | "webp" | "heif";

// The prebuilt sharp binaries carry libheif with the AV1 decoder only (AVIF), not HEVC, which is
// patent-encumbered: `format.heif.input.buffer` is true in them, yet an iPhone's HEIC cannot be decoded.
// libvips lists ".heic" among the loader's suffixes only when libheif has an HEVC decoder, so both are checked.
const heifInput = sharp.format.heif.input;
/** Whether this build of sharp decodes an iPhone's HEIC (HEVC); false with the prebuilt binaries. */
export const PHOTO_HEIC_SUPPORTED = heifInput.buffer && (heifInput.fileSuffix ?? []).includes(".heic");
/** Whether AVIF (AV1 in the same HEIF container, some Android phones) is decodable; true when prebuilt. */
export const PHOTO_AVIF_SUPPORTED = heifInput.buffer && (heifInput.fileSuffix ?? []).includes(".avif");

const HEVC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx"]);
const AVIF_BRANDS = new Set(["avif", "avis"]);
const startsWith = (b: Uint8Array, sig: number[], at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** The format the content starts like, or null. The name and the type the browser claimed are never read. */
export function sniffPhotoFormat(b: Uint8Array): PhotoFormat | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP") return "webp";
  if (b.length >= 16 && ascii(b, 4, 8) === "ftyp") {
    // ISO-BMFF "ftyp" box: a major brand, then compatible brands up to the box's size. A generic HEIF
    // ("mif1") says in its compatible brands whether its pictures are HEVC (HEIC) or AV1 (AVIF); one
    // that says neither goes to the decoder, which refuses it as unreadable if it cannot decode it.
    const boxSize = new DataView(b.buffer, b.byteOffset, 4).getUint32(0);
    const boxEnd = Math.min(b.length, boxSize, 16 + 4 * 32); // a lying size reads 32 brands at most
    const brands = [ascii(b, 8, 12)];
    for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(b, at, at + 4));
    if (brands.some((brand) => HEVC_BRANDS.has(brand))) return PHOTO_HEIC_SUPPORTED ? "heif" : null;
    if (brands.some((brand) => AVIF_BRANDS.has(brand))) return PHOTO_AVIF_SUPPORTED ? "heif" : null;
    if (brands[0] === "mif1" || brands[0] === "msf1") return heifInput.buffer ? "heif" : null;
  }
  return null;
}

/**
 * The widths to encode for an upright original `width` wide: each of PHOTO_WIDTHS it reaches, plus the
 * original width itself when it is below the largest, so a small photo still gets one variant at its own
 * size. Never an enlargement.
 */
export function variantWidths(width: number): number[] {
  const widths: number[] = PHOTO_WIDTHS.filter((w) => w <= width);
  const largest = PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1] ?? 0;
  if (width < largest && !widths.includes(width)) widths.push(width);
  return widths;
}

/**
 * Checks an uploaded photo and encodes its web variants. Refusals, in the order checked:
 * - `photoTooLarge`: more than `maxBytes`; or a header declaring more than `maxPixels` (a decompression
 *   bomb is an image too large, not an unreadable one, and is refused from its header, before any decoding);
 * - `photoType`: not JPEG, PNG, WebP or a HEIF this build decodes (HEIC without an HEVC decoder is this);
 * - `photoUnreadable`: the decoder fails (corrupt or truncated data: `failOn: "error"` tolerates the
 *   harmless warnings many phone JPEGs raise but not broken pixel data).
 */
export async function processPhoto(bytes: Uint8Array, limits: PhotoLimits = {}): Promise<ProcessedPhoto | PhotoRefusal> {
  const maxBytes = limits.maxBytes ?? PHOTO_MAX_BYTES;
  const maxPixels = limits.maxPixels ?? PHOTO_MAX_PIXELS;
  if (bytes.byteLength > maxBytes) return { refused: "photoTooLarge" };
  const format = sniffPhotoFormat(bytes);
  if (!format) return { refused: "photoType" };

  // Reading the header decodes no pixels, so the pixel limit is lifted for this one read: the refusal
  // then comes from the declared size, not from parsing an error message.
  let header: Metadata;
  try {
    header = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { refused: "photoUnreadable" };
  }
  if (header.format !== format || !header.width || !header.height) return { refused: "photoUnreadable" };
  if (header.width * header.height > maxPixels) return { refused: "photoTooLarge" };

  // `limitInputPixels` again, should a decoder disagree with the header read above.
  const input = sharp(bytes, { limitInputPixels: maxPixels, failOn: "error" });
  const { width, height } = header.autoOrient; // upright: EXIF orientations 5 to 8 swap the sides
  try {
    const variants = await Promise.all(variantWidths(width).map((w) => encodeVariant(input, w)));
    return { width, height, variants };
  } catch {
    return { refused: "photoUnreadable" };
  }
}

async function encodeVariant(input: Sharp, width: number): Promise<PhotoVariant> {
  // `autoOrient()` applies the EXIF orientation to the pixels (sharp rotates before resizing, whatever
  // the call order), so the tag can go with the rest of the metadata and a portrait stays upright.
  const { data, info } = await input
    .clone()
    .autoOrient()
    .resize({ width, withoutEnlargement: true })
    .webp({ quality: WEBP_QUALITY })
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, mediaType: "image/webp", bytes: data, sha256: createHash("sha256").update(data).digest("hex") };
}

export function isPhotoRefusal(result: ProcessedPhoto | PhotoRefusal): result is PhotoRefusal {
  return "refused" in result;
}

/** The smallest variant at least `wantedWidth` wide, else the largest; undefined only for no variants. */
export function pickVariant<V extends { width: number }>(variants: readonly V[], wantedWidth: number): V | undefined {
  const narrowestFirst = [...variants].sort((a, b) => a.width - b.width);
  return narrowestFirst.find((v) => v.width >= wantedWidth) ?? narrowestFirst.at(-1);
}
