// Generated photos for the demonstration dataset: a landscape-like picture drawn as SVG and rendered by
// sharp, the same for the same seed, so the seed stays reproducible and needs no image files in the
// repository. Each carries camera EXIF and a GPS position on purpose: uploaded through processPhoto
// like any phone photo, the stored variants show that the metadata is removed.
import sharp from "sharp";

export const DEMO_PHOTO_WIDTH = 1600;
export const DEMO_PHOTO_HEIGHT = 1200;

/** mulberry32: a tiny seeded generator; Math.random would give a different photo at every seed run. */
function randomFor(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

function demoSvg(seed: number, label: string): string {
  const random = randomFor(seed);
  const between = (min: number, max: number) => Math.round(min + random() * (max - min));
  const [W, H] = [DEMO_PHOTO_WIDTH, DEMO_PHOTO_HEIGHT];
  const skyHue = between(180, 230);
  const groundHue = between(20, 110); // ochre to olive, as in the Moroccan countryside
  const sun = { x: between(200, W - 200), y: between(120, 380), r: between(60, 120) };
  const hills = [0, 1, 2].map((i) => {
    const base = 620 + i * 140;
    const peak = base - between(80, 220);
    return `<path d="M0 ${base} Q ${between(200, W - 200)} ${peak} ${W} ${base + between(-60, 60)} L${W} ${H} L0 ${H} Z" fill="hsl(${groundHue + i * 12}, ${55 - i * 8}%, ${48 - i * 9}%)"/>`;
  });
  // Houses or tents of a cooperative's site, in the foreground.
  const shapes = Array.from({ length: between(3, 6) }, () => {
    const [x, w, h] = [between(60, W - 260), between(90, 200), between(70, 160)];
    const y = H - 180 - h + between(-40, 40);
    const hue = between(0, 360);
    return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="hsl(${hue}, 60%, 62%)"/><path d="M${x - 12} ${y} L${x + w / 2} ${y - h / 2} L${x + w + 12} ${y} Z" fill="hsl(${hue}, 45%, 38%)"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="hsl(${skyHue}, 70%, 45%)"/><stop offset="1" stop-color="hsl(${skyHue - 20}, 80%, 85%)"/>
  </linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#sky)"/>
  <circle cx="${sun.x}" cy="${sun.y}" r="${sun.r}" fill="hsl(45, 100%, 70%)" opacity="0.9"/>
  ${hills.join("\n  ")}
  ${shapes.join("\n  ")}
  <rect x="40" y="${H - 130}" width="${W - 80}" height="90" rx="12" fill="black" opacity="0.45"/>
  <text x="70" y="${H - 70}" font-family="DejaVu Sans, Arial, sans-serif" font-size="48" fill="white">${escapeXml(label)}</text>
</svg>`;
}

/** Degrees as the EXIF GPS rational triple "degrees/1 minutes/1 hundredths-of-seconds/100". */
function gpsRational(degrees: number): string {
  const hundredths = Math.round(Math.abs(degrees) * 360_000); // of a second of arc, rounded once
  const [d, m, s] = [Math.floor(hundredths / 360_000), Math.floor(hundredths / 6000) % 60, hundredths % 6000];
  return `${d}/1 ${m}/1 ${s}/100`;
}

/** A 1600x1200 JPEG for the demonstration dataset, identical for the same seed and label. */
export async function demoPhotoJpeg(seed: number, label: string): Promise<Buffer> {
  const random = randomFor(seed ^ 0x9e3779b9);
  // Somewhere in the Rabat-Salé-Kénitra region, as a phone in the field would record it.
  const latitude = 33.9 + random() * 0.4;
  const longitude = -(6.5 + random() * 0.5);
  return sharp(Buffer.from(demoSvg(seed, label)))
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "DemoCam", Model: "INDH demo", Software: "INDH demo seed" },
      IFD2: { DateTimeOriginal: "2025:04:15 10:30:00" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: gpsRational(latitude), GPSLongitudeRef: "W", GPSLongitude: gpsRational(longitude) },
    })
    .toBuffer();
}
