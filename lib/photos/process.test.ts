import { createHash } from "node:crypto";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { demoPhotoJpeg } from "@/lib/photos/demo-images";
import { pngHeaderOnly } from "@/lib/photos/test-images";
import {
  PHOTO_AVIF_SUPPORTED, PHOTO_HEIC_SUPPORTED, PHOTO_MAX_PIXELS, isPhotoRefusal, pickVariant, processPhoto, variantWidths,
  type PhotoLimits, type ProcessedPhoto,
} from "@/lib/photos/process";

const CAMERA_EXIF = {
  IFD0: { Make: "LeakyPhone", Model: "Model X-1" },
  IFD3: { GPSLatitudeRef: "N", GPSLatitude: "34/1 1/1 2345/100", GPSLongitudeRef: "W", GPSLongitude: "6/1 50/1 1/100" },
};

/** Vertical bands, red then blue alternately, so where the left side went can be read back. */
function striped(width: number, height: number, stripes = 2) {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    const band = Math.floor(((i % width) * stripes) / width);
    pixels.set(band % 2 === 0 ? [255, 0, 0] : [0, 0, 255], i * 3);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

async function processed(bytes: Uint8Array, limits?: PhotoLimits): Promise<ProcessedPhoto> {
  const result = await processPhoto(bytes, limits);
  if (isPhotoRefusal(result)) throw new Error(`refused: ${result.refused}`);
  return result;
}

/** Tags of EXIF's IFD0 and GPS directories, read by hand so a test does not trust sharp to read them. */
function readExif(exif: Buffer) {
  const tiff = exif.subarray(exif.indexOf("Exif\0\0") + 6);
  const le = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (at: number) => (le ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (le ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const directory = (offset: number) => {
    const tags = new Map<number, string | number>();
    for (let i = 0; i < u16(offset); i++) {
      const entry = offset + 2 + i * 12;
      const [tag, type, count] = [u16(entry), u16(entry + 2), u32(entry + 4)];
      const at = count > 4 ? u32(entry + 8) : entry + 8;
      tags.set(tag, type === 2 ? tiff.toString("latin1", at, at + count).replace(/\0+$/, "") : type === 3 ? u16(at) : u32(at));
    }
    return tags;
  };
  const ifd0 = directory(u32(4));
  const gpsOffset = ifd0.get(0x8825);
  return { ifd0, gps: typeof gpsOffset === "number" ? directory(gpsOffset) : new Map<number, string | number>() };
}

async function expectNoMetadata(variant: Buffer) {
  const meta = await sharp(variant).metadata();
  expect([meta.exif, meta.xmp, meta.iptc, meta.icc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined, undefined]);
}

const isWebp = (b: Buffer) => b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP";

describe("processPhoto", () => {
  it("encodes a large JPEG as WebP at each web width, without its EXIF or GPS position", async () => {
    const input = await striped(2000, 1500).jpeg().withExif(CAMERA_EXIF).toBuffer();
    // The input really carries what must go, so the assertions below could fail.
    const inputExif = readExif((await sharp(input).metadata()).exif ?? Buffer.alloc(0));
    expect(inputExif.ifd0.get(0x010f)).toBe("LeakyPhone");
    expect(inputExif.gps.get(1)).toBe("N");

    const photo = await processed(input);
    expect([photo.width, photo.height]).toEqual([2000, 1500]);
    expect(photo.variants.map((v) => [v.width, v.height])).toEqual([[480, 360], [960, 720], [1600, 1200]]);
    for (const variant of photo.variants) {
      expect(variant.mediaType).toBe("image/webp");
      expect(isWebp(variant.bytes)).toBe(true);
      expect(variant.sha256).toBe(createHash("sha256").update(variant.bytes).digest("hex"));
      expect((await sharp(variant.bytes).metadata()).width).toBe(variant.width);
      expect(variant.bytes.includes("LeakyPhone")).toBe(false);
      await expectNoMetadata(variant.bytes);
    }
  });

  it("applies the EXIF orientation before dropping it, so a portrait stays upright", async () => {
    // Stored 400x300, left half red; Orientation 6 means "turn 90 degrees clockwise to display".
    const input = await striped(400, 300).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const photo = await processed(input);
    expect([photo.width, photo.height]).toEqual([300, 400]);
    expect(photo.variants.map((v) => [v.width, v.height])).toEqual([[300, 400]]);
    const [variant] = photo.variants;
    const { data, info } = await sharp(variant?.bytes).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(at(150, 50)[0]).toBeGreaterThan(200); // the stored left (red) is now the top
    expect(at(150, 350)[2]).toBeGreaterThan(200); // and the right (blue) the bottom
    await expectNoMetadata(variant?.bytes ?? Buffer.alloc(0));
  });

  it("keeps a small photo at its own size, in exactly one variant", async () => {
    const photo = await processed(await striped(300, 200).png().toBuffer());
    expect(photo.variants.map((v) => [v.width, v.height])).toEqual([[300, 200]]);
  });

  it("accepts WebP, and AVIF when this build decodes it", async () => {
    const webp = await processed(await striped(500, 250).webp().toBuffer());
    expect(webp.variants.map((v) => [v.width, v.height])).toEqual([[480, 240], [500, 250]]);
    if (PHOTO_AVIF_SUPPORTED) expect((await processed(await striped(64, 48).avif().toBuffer())).variants).toHaveLength(1);
  });

  it("converts a Display P3 photo's colours to sRGB instead of dropping its profile as is", async () => {
    const orange = { r: 230, g: 120, b: 40 };
    const p3 = await sharp({ create: { width: 64, height: 64, channels: 3, background: orange } }).withIccProfile("p3").jpeg({ quality: 95 }).toBuffer();
    const centre = async (bytes: Buffer, ignoreIcc = false) => [...(await sharp(bytes, { ignoreIcc }).extract({ left: 32, top: 32, width: 1, height: 1 }).raw().toBuffer())];
    const stored = await centre(p3, true);
    expect(Math.abs((stored[0] ?? 0) - orange.r) + Math.abs((stored[1] ?? 0) - orange.g)).toBeGreaterThan(15); // P3 numbers differ
    const [variant] = (await processed(p3)).variants;
    const shown = await centre(variant?.bytes ?? Buffer.alloc(0));
    [orange.r, orange.g, orange.b].forEach((value, i) => expect(Math.abs((shown[i] ?? 0) - value)).toBeLessThanOrEqual(6));
    await expectNoMetadata(variant?.bytes ?? Buffer.alloc(0));
  });

  it("decides the type from the content, never the name", async () => {
    const text = new TextEncoder().encode("not a photo, whatever holiday.jpg says\n");
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n");
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: "red" } }).gif().toBuffer();
    for (const bytes of [text, pdf, svg, gif, new Uint8Array()]) expect(await processPhoto(bytes)).toEqual({ refused: "photoType" });
  });

  it.runIf(!PHOTO_HEIC_SUPPORTED)("refuses an iPhone HEIC as a type when this build cannot decode HEVC", async () => {
    const ftyp = Buffer.from("\0\0\0\x18ftypheic\0\0\0\0mif1heic", "latin1");
    expect(await processPhoto(Buffer.concat([ftyp, Buffer.alloc(64)]))).toEqual({ refused: "photoType" });
  });

  it("refuses what only looks like a photo, and a truncated one", async () => {
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), createHash("sha512").update("seed").digest(), Buffer.alloc(4000, 0x5a)]);
    expect(await processPhoto(garbage)).toEqual({ refused: "photoUnreadable" });
    const jpeg = await striped(800, 600, 7).jpeg().toBuffer();
    expect(await processPhoto(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toEqual({ refused: "photoUnreadable" });
  });

  it("refuses a photo over the size limit before reading it", async () => {
    const jpeg = await striped(200, 100).jpeg().toBuffer();
    expect(await processPhoto(jpeg, { maxBytes: jpeg.length - 1 })).toEqual({ refused: "photoTooLarge" });
    expect(isPhotoRefusal(await processPhoto(jpeg, { maxBytes: jpeg.length }))).toBe(false);
    expect(await processPhoto(new Uint8Array(2048), { maxBytes: 1024 })).toEqual({ refused: "photoTooLarge" });
  });

  it("refuses a decompression bomb from its header, before decoding it", async () => {
    // 9 megapixels of one colour compress to a few kilobytes.
    const bomb = await sharp({ create: { width: 3000, height: 3000, channels: 3, background: "#808080" } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(100_000);
    expect(await processPhoto(bomb, { maxPixels: 4_000_000 })).toEqual({ refused: "photoTooLarge" });
    // 10 gigapixels declared, 64 bytes of pixels: decoding would fail (photoUnreadable, as for the small
    // one below), so "too large" shows the refusal came from the header and the default limit.
    expect(100_000 * 100_000).toBeGreaterThan(PHOTO_MAX_PIXELS);
    expect(await processPhoto(pngHeaderOnly(100_000, 100_000))).toEqual({ refused: "photoTooLarge" });
    expect(await processPhoto(pngHeaderOnly(100, 100))).toEqual({ refused: "photoUnreadable" });
  });
});

describe("variantWidths", () => {
  it("offers each web width the photo reaches, plus its own width below the largest, never more", () => {
    expect(variantWidths(4032)).toEqual([480, 960, 1600]);
    expect(variantWidths(1600)).toEqual([480, 960, 1600]);
    expect(variantWidths(1000)).toEqual([480, 960, 1000]);
    expect(variantWidths(960)).toEqual([480, 960]);
    expect(variantWidths(120)).toEqual([120]);
  });
});

describe("pickVariant", () => {
  const variants = [{ width: 1600 }, { width: 480 }, { width: 960 }];
  it("picks the narrowest variant at least as wide as asked, else the widest", () => {
    expect(pickVariant(variants, 1)?.width).toBe(480);
    expect(pickVariant(variants, 480)?.width).toBe(480);
    expect(pickVariant(variants, 481)?.width).toBe(960);
    expect(pickVariant(variants, 1200)?.width).toBe(1600);
    expect(pickVariant(variants, 5000)?.width).toBe(1600);
    expect(pickVariant([{ width: 300 }], 960)?.width).toBe(300);
    expect(pickVariant([], 960)).toBeUndefined();
  });
});

describe("demoPhotoJpeg", () => {
  it("draws the same JPEG for the same seed, with camera EXIF and GPS that processing removes", async () => {
    const [a, again, other] = await Promise.all([demoPhotoJpeg(7, "Visit 1"), demoPhotoJpeg(7, "Visit 1"), demoPhotoJpeg(8, "Visit 1")]);
    expect(a.equals(again)).toBe(true);
    expect(a.equals(other)).toBe(false);
    await expect(demoPhotoJpeg(1, `Ait & Sons <"coop">`)).resolves.toBeInstanceOf(Buffer); // escaped into the SVG
    const meta = await sharp(a).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", 1600, 1200]);
    const exif = readExif(meta.exif ?? Buffer.alloc(0));
    expect([exif.ifd0.get(0x010f), exif.ifd0.get(0x0110)]).toEqual(["DemoCam", "INDH demo"]);
    expect([exif.gps.get(1), exif.gps.get(3)]).toEqual(["N", "W"]);
    const photo = await processed(a);
    expect(photo.variants.map((v) => v.width)).toEqual([480, 960, 1600]);
    for (const variant of photo.variants) await expectNoMetadata(variant.bytes);
  });
});
