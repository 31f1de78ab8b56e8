// `npm run test:reliability -- uploads` (with the application form's, reliability/apply-uploads.ts): hostile
// photos sent to the production server through the two forms that take them, as a browser without
// JavaScript posts them (multipart, the action's hidden fields): a visit recorded on a grant, and an event's
// gallery. Files that lie about their kind (an executable, an HTML page, an SVG with a script, named .jpg or
// .png), an iPhone HEIC this build cannot decode, a truncated JPEG, a decompression bomb declared in a PNG
// header, counts and sizes past the limits, prototype-polluting field names, and staff of another
// prefecture. Each must be refused with its French message, write no row (visits, photos, their variants
// and files, audit entries), and leave the server answering. One honest photo per form last proves the
// harness reaches the point where a write would happen.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { PrismaClient } from "@/lib/db";
import { createTestUser } from "@/lib/testing/test-user";
import { hashSessionToken, newSessionToken, SESSION_COOKIE, SESSION_LIFETIME_MS } from "@/lib/auth/session-token";
import { MAX_PHOTOS_BYTES, MAX_PHOTOS_PER_FORM } from "@/lib/photos/limits";
import { pngHeaderOnly } from "@/lib/photos/test-images";
import { findForm, pageContains, type ActionIds, type OpenedForm } from "./http-forms";
import type { ResultRow } from "./report";

type Part = { field: string; value: string | Blob; fileName?: string };
type Expect = { message: string; status?: number[] };
type Case = { name: string; photos: Part[]; extra?: Part[]; asOutsider?: boolean; expect: Expect };
type Target = { label: string; pathname: string; actionName: string; text: Record<string, string> };

const MB = 1024 * 1024;
const blob = (content: string | Uint8Array, type: string) => new Blob([typeof content === "string" ? content : new Uint8Array(content)], { type });
const photo = (value: Blob, fileName: string): Part => ({ field: "photos", value, fileName });
const zeros = (size: number) => blob(new Uint8Array(size), "image/jpeg");

/** The start of an iPhone photo: an ISO-BMFF "ftyp" box of brand heic. */
const HEIC_START = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic\0\0\0\0mif1heic", "latin1"), Buffer.alloc(64)]);

function frenchMessages(appDir: string) {
  const messages = JSON.parse(fs.readFileSync(path.join(appDir, "messages/fr.json"), "utf8")) as {
    Validation: Record<string, string> & { photos: Record<string, string> };
    OversizedUpload: { title: string };
    NotFound: { title: string };
  };
  const fill = (text: string, values: Record<string, string | number>) => Object.entries(values).reduce((t, [k, v]) => t.replace(`{${k}}`, String(v)), text);
  return {
    photos: (key: string, values: Record<string, string | number> = {}) => fill(messages.Validation.photos[key]!, values),
    validation: (key: string) => messages.Validation[key]!,
    oversized: messages.OversizedUpload.title,
    notFound: messages.NotFound.title,
  };
}

async function cases(appDir: string): Promise<Case[]> {
  const m = frenchMessages(appDir);
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#a05020" } }).jpeg().toBuffer();
  const real = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#208050" } }).jpeg().toBuffer();
  return [
    { name: "Windows executable named .jpg", photos: [photo(blob("MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode", "image/jpeg"), "photo.jpg")], expect: { message: m.photos("photoType", { name: "photo.jpg" }) } },
    { name: "HTML page named .jpg", photos: [photo(blob("<!doctype html><script>alert(document.cookie)</script>", "image/jpeg"), "page.jpg")], expect: { message: m.photos("photoType", { name: "page.jpg" }) } },
    { name: "SVG with a script named .png", photos: [photo(blob('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "image/png"), "dessin.png")], expect: { message: m.photos("photoType", { name: "dessin.png" }) } },
    { name: "iPhone HEIC (no HEVC decoder here)", photos: [photo(blob(HEIC_START, "image/heic"), "IMG_0001.HEIC")], expect: { message: m.photos("photoType", { name: "IMG_0001.HEIC" }) } },
    { name: "truncated JPEG", photos: [photo(blob(real.subarray(0, 2048), "image/jpeg"), "coupee.jpg")], expect: { message: m.photos("photoUnreadable", { name: "coupee.jpg" }) } },
    { name: "PNG declaring 100,000 x 100,000 pixels", photos: [photo(blob(pngHeaderOnly(100_000, 100_000), "image/png"), "bombe.png")], expect: { message: m.photos("photoTooLarge", { name: "bombe.png" }) } },
    { name: "one good photo, then a bad one", photos: [photo(blob(jpeg, "image/jpeg"), "bonne.jpg"), photo(blob("MZ", "image/jpeg"), "mauvaise.jpg")], expect: { message: m.photos("photoType", { name: "mauvaise.jpg" }) } },
    { name: "file name with direction controls and a path", photos: [photo(blob("MZ", "image/jpeg"), "..\\..\\\u202Egpj.exe")], expect: { message: m.photos("photoType", { name: "gpj.exe" }) } },
    { name: `${MAX_PHOTOS_PER_FORM + 1} photos`, photos: Array.from({ length: MAX_PHOTOS_PER_FORM + 1 }, (_, i) => photo(blob(jpeg, "image/jpeg"), `p${i}.jpg`)), expect: { message: m.photos("tooMany", { max: MAX_PHOTOS_PER_FORM }) } },
    // Between the 20 MB the forms allow and the 21 MB body limit of server actions: the form's own message.
    { name: "20 MB and a few bytes in five files", photos: [...Array.from({ length: 4 }, (_, i) => photo(zeros(5 * MB), `g${i}.jpg`)), photo(blob(jpeg, "image/jpeg"), "petite.jpg")], expect: { message: m.photos("tooMuch", { max: MAX_PHOTOS_BYTES / MB }) } },
    // Past the body limit the production server answers before Next: 413 and its page.
    { name: "25 MB in five 5 MB files", photos: Array.from({ length: 5 }, (_, i) => photo(zeros(5 * MB), `g${i}.jpg`)), expect: { message: m.oversized, status: [413] } },
    { name: "field __proto__.polluted", photos: [photo(blob(jpeg, "image/jpeg"), "bonne.jpg")], extra: [{ field: "__proto__.polluted", value: "yes" }], expect: { message: m.validation("unexpectedFields") } },
    { name: "field constructor.prototype.x", photos: [photo(blob(jpeg, "image/jpeg"), "bonne.jpg")], extra: [{ field: "constructor.prototype.x", value: "yes" }], expect: { message: m.validation("unexpectedFields") } },
    // The action refuses the record outside their prefecture, and the page it re-renders does not exist for them.
    { name: "staff of another prefecture", photos: [photo(blob(jpeg, "image/jpeg"), "bonne.jpg")], asOutsider: true, expect: { message: m.notFound, status: [404] } },
  ];
}

const COUNTED = ["visit", "photo", "photoVariant", "storedFile", "auditEntry"] as const;
async function counts(db: PrismaClient): Promise<number[]> {
  const models = db as unknown as Record<string, { count: () => Promise<number> }>;
  return Promise.all(COUNTED.map((name) => models[name]!.count()));
}

async function post(baseUrl: string, cookie: string, pathname: string, form: OpenedForm, parts: Part[]) {
  const body = new FormData();
  for (const [name, value] of form.hidden) body.append(name, value);
  for (const p of parts) {
    if (typeof p.value === "string") body.append(p.field, p.value);
    else body.append(p.field, p.value, p.fileName ?? "file");
  }
  const response = await fetch(`${baseUrl}${pathname}`, { method: "POST", body, headers: { cookie, origin: baseUrl }, redirect: "manual" });
  return { status: response.status, html: await response.text().catch(() => "") };
}

async function sessionCookie(db: PrismaClient, prefectureId: number): Promise<string> {
  const { user } = await createTestUser(db, { role: "STAFF", prefectureId });
  const token = newSessionToken();
  await db.session.create({ data: { tokenHash: hashSessionToken(token), userId: user.id, expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS) } });
  return `${SESSION_COOKIE}=${token}`;
}

/** Today as the forms type it (dd/mm/yyyy), in UTC: never after Morocco's today (UTC+1). */
function typedToday(): string {
  const [y, mo, d] = new Date().toISOString().slice(0, 10).split("-");
  return `${d}/${mo}/${y}`;
}

export async function runPhotoUploads(options: { baseUrl: string; db: PrismaClient; actionIds: ActionIds; appDir: string; databaseLabel: string }): Promise<{ rows: ResultRow[]; failures: string[] }> {
  const { baseUrl, db } = options;
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "TANGER-ASSILAH" }, select: { id: true } });
  const other = await db.prefecture.findFirstOrThrow({ where: { id: { not: prefecture.id } }, orderBy: { id: "asc" }, select: { id: true } });
  const grant = await db.grant.findFirstOrThrow({ where: { prefectureId: prefecture.id, status: { not: "CANCELLED" } }, orderBy: { id: "asc" }, select: { id: true } });
  const event = await db.event.findFirstOrThrow({ where: { prefectureId: prefecture.id }, orderBy: { id: "asc" }, select: { id: true } });
  const staff = await sessionCookie(db, prefecture.id);
  const outsider = await sessionCookie(db, other.id);
  const targets: Target[] = [
    {
      label: "visit form", pathname: `/fr/admin/grants/${grant.id}/visits/new`, actionName: "createVisitAction",
      text: { visitedOn: typedToday(), visitors: "Équipe de la DAS", findings: "Visite de contrôle", projectState: "ON_TRACK", milestoneId: "", jobs: "", jobsWomen: "", jobsYoung: "", members: "", annualRevenue: "", productionQuantity: "" },
    },
    { label: "event gallery", pathname: `/fr/admin/events/${event.id}`, actionName: "addEventPhotosAction", text: {} },
  ];
  const all = await cases(options.appDir);
  const failures: string[] = [];
  let refused = 0;
  let changed = 0;
  let honestAccepted = 0;
  for (const target of targets) {
    const page = await fetch(`${baseUrl}${target.pathname}`, { headers: { cookie: staff } });
    const form = page.status === 200 ? findForm(await page.text(), options.actionIds[target.actionName] ?? "(no action id)") : null;
    if (!form) {
      failures.push(`${target.label}: the form was not found in ${target.pathname} (status ${page.status})`);
      continue;
    }
    const textParts = Object.entries(target.text).map(([field, value]) => ({ field, value }));
    for (const c of all) {
      const before = (await counts(db)).join(",");
      const answer = await post(baseUrl, c.asOutsider ? outsider : staff, target.pathname, form, [...textParts, ...c.photos, ...(c.extra ?? [])]);
      const after = (await counts(db)).join(",");
      const statusOk = (c.expect.status ?? [200]).includes(answer.status);
      const messageOk = pageContains(answer.html, c.expect.message);
      if (after !== before) {
        changed += 1;
        failures.push(`${target.label}, ${c.name}: rows changed (${before} -> ${after})`);
      }
      if (!statusOk || !messageOk) failures.push(`${target.label}, ${c.name}: status ${answer.status}${messageOk ? "" : `, message not shown: "${c.expect.message}"`}`);
      if (statusOk && messageOk && after === before) refused += 1;
      const alive = await fetch(`${baseUrl}/fr`).then((r) => r.status).catch(() => 0);
      if (alive !== 200) failures.push(`${target.label}, ${c.name}: the server answered ${alive} afterwards`);
    }
    // The honest photo: a redirect (303), one photo with its three web widths (480, 960, 1200), each a file.
    const [visits0, photos0, variants0, files0] = await counts(db);
    const honest = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#3060a0" } }).jpeg().withExif({ IFD0: { Make: "PhoneCam" } }).toBuffer();
    const answer = await post(baseUrl, staff, target.pathname, form, [...textParts, photo(blob(honest, "image/jpeg"), "IMG_2025.jpg")]);
    const [visits1, photos1, variants1, files1] = await counts(db);
    const expectedVisits = visits0! + (target.actionName === "createVisitAction" ? 1 : 0);
    const ok = answer.status === 303 && visits1 === expectedVisits && photos1 === photos0! + 1 && variants1 === variants0! + 3 && files1 === files0! + 3;
    if (ok) honestAccepted += 1;
    else failures.push(`${target.label}, honest photo: status ${answer.status}, visits ${visits0} -> ${visits1}, photos ${photos0} -> ${photos1}, variants ${variants0} -> ${variants1}, files ${files0} -> ${files1}`);
  }
  return {
    rows: [{
      part: "bad input", target: `photo uploads over HTTP, visit form and event gallery (${options.databaseLabel})`,
      counts: { payloads: all.length * targets.length, refused, "rows changed": changed, "honest accepted": honestAccepted },
      ok: failures.length === 0,
    }],
    failures,
  };
}
