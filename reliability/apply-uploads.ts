// `npm run test:reliability -- uploads` (with reliability/photo-uploads.ts): hostile submissions of the public application form against the
// production server, as a browser without JavaScript posts it (multipart, the action's hidden fields, the
// form's own ticket): files that lie about their kind, sizes and counts past the limits, a forged ticket, a
// filled honeypot, field names no form has. Each must be refused with its message (French page), write no
// row (applications, files, document links, audit entries), and leave the server answering. One honest
// submission last proves the harness reaches the point where a write would happen.
import type { PrismaClient } from "@/lib/db";
import { createCallFixture, TINY_PDF } from "@/lib/funding/test-fixtures";
import { MAX_FILE_BYTES } from "@/lib/files/limits";
import { findForm, pageContains, type ActionIds } from "./http-forms";
import type { ResultRow } from "./report";
import fs from "node:fs";
import path from "node:path";

type Part = { field: string; value: string | Blob; fileName?: string };
type Case = { name: string; parts: (base: Base) => Part[]; expect: { message?: string; status?: number[] } };
type Base = { text: Record<string, string>; ticket: string; documentIds: number[] };

const MB = 1024 * 1024;
const pdfOf = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(TINY_PDF.subarray(0, Math.min(size, TINY_PDF.length)));
  return new Blob([bytes], { type: "application/pdf" });
};
const blob = (content: string | Uint8Array, type = "application/pdf") => new Blob([typeof content === "string" ? content : new Uint8Array(content)], { type });
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** Text fields and one file per document, then `extra` parts (a later part of the same name adds a file). */
function form(base: Base, overrides: { text?: Record<string, string>; files?: Part[]; ticket?: string | null; extra?: Part[] } = {}): Part[] {
  const parts: Part[] = Object.entries({ ...base.text, ...overrides.text }).map(([field, value]) => ({ field, value }));
  const ticket = overrides.ticket === undefined ? base.ticket : overrides.ticket;
  if (ticket !== null) parts.push({ field: "ticket", value: ticket });
  parts.push(...(overrides.files ?? base.documentIds.map((id) => ({ field: `documents.${id}`, value: pdfOf(TINY_PDF.length), fileName: "lettre.pdf" }))));
  return [...parts, ...(overrides.extra ?? [])];
}

function frenchValidation(appDir: string) {
  const messages = JSON.parse(fs.readFileSync(path.join(appDir, "messages/fr.json"), "utf8")) as { Validation: Record<string, string> & { apply: Record<string, string> } };
  return (key: string, values: Record<string, string | number> = {}) => {
    const text = key.startsWith("apply.") ? messages.Validation.apply[key.slice(6)]! : messages.Validation[key]!;
    return Object.entries(values).reduce((t, [k, v]) => t.replace(`{${k}}`, String(v)), text);
  };
}

function cases(message: ReturnType<typeof frenchValidation>, oversizedTitle: string): Case[] {
  const first = (b: Base) => `documents.${b.documentIds[0]}`;
  const withFirst = (b: Base, value: Blob, fileName: string) => form(b, { files: [{ field: first(b), value, fileName }, ...b.documentIds.slice(1).map((id) => ({ field: `documents.${id}`, value: pdfOf(TINY_PDF.length), fileName: "fiche.pdf" }))] });
  return [
    { name: "Windows executable named .pdf", parts: (b) => withFirst(b, blob("MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode"), "lettre.pdf"), expect: { message: message("apply.fileTypeRefused", { name: "lettre.pdf" }) } },
    { name: "HTML page named .pdf", parts: (b) => withFirst(b, blob("<!doctype html><script>alert(document.cookie)</script>", "application/pdf"), "lettre.pdf"), expect: { message: message("apply.fileTypeRefused", { name: "lettre.pdf" }) } },
    { name: "SVG with a script named .pdf", parts: (b) => withFirst(b, blob('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "image/svg+xml"), "scan.pdf"), expect: { message: message("apply.fileTypeRefused", { name: "scan.pdf" }) } },
    { name: "one required document missing", parts: (b) => form(b, { files: [{ field: first(b), value: pdfOf(TINY_PDF.length), fileName: "lettre.pdf" }] }), expect: { message: message("apply.documentMissing") } },
    { name: "0-byte file", parts: (b) => withFirst(b, blob(""), "vide.pdf"), expect: { message: message("apply.emptyFile", { name: "vide.pdf" }) } },
    { name: "5 MB + 1 byte", parts: (b) => withFirst(b, pdfOf(MAX_FILE_BYTES + 1), "gros.pdf"), expect: { message: message("apply.fileTooLarge", { name: "gros.pdf", max: 5 }) } },
    { name: "13 files", parts: (b) => form(b, { extra: Array.from({ length: 11 }, () => ({ field: first(b), value: pdfOf(TINY_PDF.length), fileName: "page.pdf" })) }), expect: { message: message("apply.tooManyFiles", { max: 12 }) } },
    // Past the body limit of server actions (21 MB) the production server answers before Next: 413 and its page.
    { name: "25 MB in five 5 MB files", parts: (b) => form(b, { extra: Array.from({ length: 5 }, () => ({ field: first(b), value: pdfOf(5 * MB), fileName: "page.pdf" })) }), expect: { message: oversizedTitle, status: [413] } },
    // Between the 20 MB the action allows and its 21 MB body limit: the action's own message.
    { name: "20 MB and a few bytes in six files", parts: (b) => form(b, { extra: Array.from({ length: 4 }, () => ({ field: first(b), value: pdfOf(5 * MB), fileName: "page.pdf" })) }), expect: { message: message("apply.applicationTooLarge", { max: 20 }) } },
    { name: "forged ticket", parts: (b) => form(b, { ticket: b.ticket.replace(/\.[^.]+$/, ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") }), expect: { message: message("apply.ticketInvalid") } },
    { name: "no ticket", parts: (b) => form(b, { ticket: null }), expect: { message: message("apply.ticketInvalid") } },
    { name: "honeypot filled", parts: (b) => form(b, { text: { website: "https://spam.example" } }), expect: { message: message("apply.automatedRefused") } },
    { name: "field __proto__.polluted", parts: (b) => form(b, { extra: [{ field: "__proto__.polluted", value: "yes" }] }), expect: { message: message("unexpectedFields") } },
    { name: "field status=APPROVED", parts: (b) => form(b, { extra: [{ field: "status", value: "APPROVED" }] }), expect: { message: message("unexpectedFields") } },
    { name: "file under documents.1.constructor", parts: (b) => form(b, { extra: [{ field: "documents.1.constructor", value: pdfOf(TINY_PDF.length), fileName: "x.pdf" }] }), expect: { message: message("unexpectedFields") } },
    { name: "file under a text field's name", parts: (b) => form(b, { extra: [{ field: "registerNumber", value: pdfOf(TINY_PDF.length), fileName: "x.pdf" }] }), expect: { message: message("unexpectedFields") } },
  ];
}

const COUNTED = ["application", "storedFile", "applicationDocument", "auditEntry"] as const;
async function counts(db: PrismaClient): Promise<string> {
  const models = db as unknown as Record<string, { count: () => Promise<number> }>;
  return (await Promise.all(COUNTED.map((m) => models[m]!.count()))).join(",");
}

async function post(baseUrl: string, pathname: string, hidden: [string, string][], parts: Part[]) {
  const body = new FormData();
  for (const [name, value] of hidden) body.append(name, value);
  for (const p of parts) {
    if (typeof p.value === "string") body.append(p.field, p.value);
    else body.append(p.field, p.value, p.fileName ?? "file");
  }
  const response = await fetch(`${baseUrl}${pathname}`, { method: "POST", body, headers: { origin: baseUrl }, redirect: "manual" });
  return { status: response.status, html: await response.text().catch(() => "") };
}

export async function runApplyUploads(options: { baseUrl: string; db: PrismaClient; actionIds: ActionIds; appDir: string; databaseLabel: string }): Promise<{ rows: ResultRow[]; failures: string[] }> {
  const { baseUrl, db } = options;
  const prefecture = await db.prefecture.findFirstOrThrow({ where: { communes: { some: {} } }, orderBy: { id: "asc" } });
  const call = await createCallFixture(prefecture.id, { db, slug: `reliability-apply-${Date.now().toString(36)}` });
  const pathname = `/fr/calls/${call.slug}/apply`;
  const page = await fetch(`${baseUrl}${pathname}`);
  if (page.status !== 200) return { rows: [], failures: [`GET ${pathname} answered ${page.status}`] };
  const opened = findForm(await page.text(), options.actionIds.submitApplicationAction ?? "(no action id)");
  if (!opened?.inputs.ticket) return { rows: [], failures: [`the application form or its ticket was not found in ${pathname}`] };
  const commune = await db.commune.findFirstOrThrow({ where: { prefectureId: prefecture.id } });
  const sector = await db.sector.findFirstOrThrow();
  const base: Base = {
    ticket: opened.inputs.ticket, documentIds: call.documentIds,
    text: {
      registerNumber: "RC-RELIABILITY-1", nameAr: "تعاونية", nameFr: "Coopérative", communeId: String(commune.id), sectorId: String(sector.id),
      members: "10", womenMembers: "5", youngMembers: "2", contactName: "Fatima", contactPhone: "0612345678", contactEmail: "",
      projectTitle: "Projet", projectDescription: "Description", axisId: String(call.axisId), totalCost: "400000", requestedIndh: "240000",
      beneficiaryContribution: "160000", partnersContribution: "", partnersDescription: "", consent: "on", website: "",
    },
  };
  const failures: string[] = [];
  let refused = 0;
  let changed = 0;
  const french = JSON.parse(fs.readFileSync(path.join(options.appDir, "messages/fr.json"), "utf8")) as { OversizedUpload: { title: string } };
  const all = cases(frenchValidation(options.appDir), french.OversizedUpload.title);
  for (const c of all) {
    const before = await counts(db);
    const answer = await post(baseUrl, pathname, opened.hidden, c.parts(base));
    const after = await counts(db);
    const statusOk = (c.expect.status ?? [200]).includes(answer.status);
    const messageOk = !c.expect.message || pageContains(answer.html, c.expect.message);
    if (after !== before) {
      changed += 1;
      failures.push(`${c.name}: rows changed (${before} -> ${after})`);
    }
    if (!statusOk || !messageOk) failures.push(`${c.name}: status ${answer.status}${messageOk ? "" : `, message not shown: "${c.expect.message}"`}`);
    if (statusOk && messageOk && after === before) refused += 1;
    const alive = await fetch(`${baseUrl}/fr`).then((r) => r.status).catch(() => 0);
    if (alive !== 200) failures.push(`${c.name}: the server answered ${alive} afterwards`);
  }
  // The honest submission: a redirect to the receipt (303) and exactly one application with its two files.
  const before = await counts(db);
  // Its first document is a real PNG named .pdf: the content decides, so it is kept as the PNG it is.
  const honestParts = form(base, { files: base.documentIds.map((id, i) => ({ field: `documents.${id}`, value: i === 0 ? blob(PNG, "application/pdf") : pdfOf(TINY_PDF.length), fileName: i === 0 ? "scan.pdf" : "fiche.pdf" })) });
  const honest = await post(baseUrl, pathname, opened.hidden, honestParts);
  const [applications, files] = (await counts(db)).split(",").map(Number);
  const [applicationsBefore, filesBefore] = before.split(",").map(Number);
  const honestOk = honest.status === 303 && applications === applicationsBefore! + 1 && files === filesBefore! + call.documentIds.length;
  const png = await db.storedFile.findFirst({ where: { fileName: "scan.png", mediaType: "image/png" }, select: { id: true } });
  if (honestOk && !png) failures.push("honest submission: the PNG named scan.pdf was not stored as image/png scan.png");
  if (!honestOk) failures.push(`honest submission: status ${honest.status}, applications ${applicationsBefore} -> ${applications}, files ${filesBefore} -> ${files}`);
  return {
    rows: [{
      part: "bad input", target: `application uploads over HTTP (${options.databaseLabel})`,
      counts: { payloads: all.length, refused, "rows changed": changed, "honest accepted": honestOk && png ? 1 : 0 },
      ok: failures.length === 0,
    }],
    failures,
  };
}
