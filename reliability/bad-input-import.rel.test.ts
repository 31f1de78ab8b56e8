// Bad input, import: generated hostile files through the real preview (previewImport) and confirmation
// (confirmImport), and hostile requests through the upload route handler. A file is either refused with a
// problem code, or previewed with EVERY row marked as an error and then refused at confirmation. The
// preview's ImportBatch row is the upload record and may be written; no other row may change.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { FormRefusedError } from "@/lib/actions/errors";
import { confirmImport, previewImport } from "@/lib/imports/mutations";
import { actAs } from "@/lib/testing/action-harness";
import { createRng, seedOf } from "./prng";
import { buildWorld, type World } from "./bad-input-world";
import { generateImport, type ImportPayload, type ImportRefs } from "./import-payloads";
import { diffFingerprints, fingerprintOf, totalChanged } from "./db-fingerprint";
import { PROTOTYPE_POLLUTING_NAMES, pollutedPrototypes, restorePrototypes } from "./prototype-check";
import { formatTable, recordProblems, recordResults, type ResultRow } from "./report";

vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);

const FILES = Number(process.env.RELIABILITY_IMPORT_FILES ?? 120);
const NOT_RECORDS = ["Session", "SignInFailure", "ImportBatch"];

let world: World;
let staff: SessionUser;
let refs: ImportRefs;
const rows: ResultRow[] = [];
const problems: string[] = [];

beforeAll(async () => {
  world = await buildWorld(getDb());
  staff = world.sessionUser(world.staff);
  const homeCooperative = await getDb().cooperative.findFirstOrThrow({ where: { prefectureId: world.homeId, isDemo: true }, orderBy: { id: "asc" } });
  const o = world.other;
  refs = { homeCooperative: homeCooperative.registerNumber, otherCommune: o.commune.nameFr, otherPlace: o.place.code, otherCooperative: o.cooperative.registerNumber, otherOrganisation: o.organisation.code };
}, 120_000);

afterAll(() => {
  recordResults("bad-input-import.json", rows);
  recordProblems("bad-input-import.problems.txt", problems.slice(0, 5).map((p) => `bad input, import: ${p}`));
  console.log(`\nBad input, import:\n${formatTable(rows)}`);
});

type Tally = { refused: number; accepted: number; errors: number; failures: string[] };

async function checkPreviewAndConfirm(label: string, payload: ImportPayload, tally: Tally) {
  const { kind, fileName, bytes } = payload;
  let preview;
  try {
    preview = await previewImport(staff, kind, fileName, bytes);
  } catch (error) {
    tally.errors++;
    return void tally.failures.push(`${label}: preview threw ${(error as Error).name}: ${(error as Error).message.slice(0, 200)}`);
  }
  if (!preview.ok) return void tally.refused++;
  const batch = await getDb().importBatch.findUniqueOrThrow({ where: { id: preview.batchId } });
  if (batch.totalRows === 0 || batch.errorRows !== batch.totalRows) {
    tally.accepted++;
    const clean = (JSON.parse(batch.outcomes) as { line: number; outcome: string }[]).filter((o) => o.outcome !== "error");
    return void tally.failures.push(`${label}: ${clean.length} of ${batch.totalRows} rows not marked as errors (${clean.slice(0, 3).map((o) => `line ${o.line}: ${payload.poisonByLine?.get(o.line)}`).join("; ")})`);
  }
  try {
    await confirmImport(staff, preview.batchId, true);
    tally.accepted++;
    tally.failures.push(`${label}: confirmation of a batch with error rows went through`);
  } catch (error) {
    if (error instanceof FormRefusedError) tally.refused++;
    else {
      tally.errors++;
      tally.failures.push(`${label}: confirmation threw ${(error as Error).name}: ${(error as Error).message.slice(0, 200)}`);
    }
  }
}

describe("the import refuses hostile files and changes no record", () => {
  it("previews and confirmations", async () => {
    const before = await fingerprintOf(undefined, NOT_RECORDS);
    const rng = createRng(seedOf("import"));
    const tally: Tally = { refused: 0, accepted: 0, errors: 0, failures: [] };
    for (let i = 0; i < FILES; i++) {
      const payload = await generateImport(rng, refs);
      await checkPreviewAndConfirm(`#${i} ${payload.label} as ${payload.fileName.slice(0, 40)}`, payload, tally);
    }
    const changes = diffFingerprints(before, await fingerprintOf(undefined, NOT_RECORDS));
    problems.push(...tally.failures);
    rows.push({ part: "bad input", target: "import preview+confirm", counts: { payloads: FILES, refused: tally.refused, accepted: tally.accepted, errors: tally.errors, "rows changed": totalChanged(changes) }, ok: tally.failures.length === 0 && totalChanged(changes) === 0 });
    expect({ failures: tally.failures.slice(0, 10), changes }).toEqual({ failures: [], changes: {} });
  }, 300_000);

  it("the upload route (POST /<locale>/admin/imports/upload)", async () => {
    const { POST } = await import("@/app/[locale]/admin/imports/upload/route");
    const before = await fingerprintOf(undefined, NOT_RECORDS);
    const rng = createRng(seedOf("upload"));
    const failures: string[] = [];
    let refused = 0;
    const requests = Number(process.env.RELIABILITY_UPLOAD_REQUESTS ?? 30);
    for (let i = 0; i < requests; i++) {
      await actAs(world.staff.id);
      const payload = await generateImport(rng, refs);
      const form = new FormData();
      const kind = rng.pick([payload.kind, payload.kind, "<script>", "", "users", "cooperatives\u0000"]);
      form.set("kind", kind);
      if (rng.chance(0.85)) form.set("file", new File([payload.bytes as BlobPart], payload.fileName));
      else form.set("file", "not a file");
      if (rng.chance(0.5)) form.set(rng.pick(PROTOTYPE_POLLUTING_NAMES), "polluted");
      const headers: Record<string, string> = { host: "localhost" };
      if (rng.chance(0.15)) headers.origin = rng.pick(["https://evil.example", "null"]);
      const locale = rng.pick(["fr", "ar", "fr", "xx", "<script>"]);
      const response = await POST(new NextRequest(`http://localhost/${locale}/admin/imports/upload`, { method: "POST", body: form, headers }), { params: Promise.resolve({ locale }) });
      const location = response.headers.get("location") ?? "";
      const batchId = /\/admin\/imports\/(\d+)$/.exec(location)?.[1];
      if (response.status >= 500) failures.push(`#${i} ${payload.label}: status ${response.status}`);
      else if (batchId) {
        const batch = await getDb().importBatch.findUniqueOrThrow({ where: { id: Number(batchId) } });
        if (batch.errorRows !== batch.totalRows || batch.totalRows === 0) failures.push(`#${i} ${payload.label}: previewed with clean rows`);
        else refused++;
      } else if ([303, 403, 404].includes(response.status)) refused++;
      else failures.push(`#${i} ${payload.label}: unexpected status ${response.status} ${location}`);
      if (/^https?:/.test(location)) failures.push(`#${i} ${payload.label}: absolute redirect built from request headers ${location}`);
      const polluted = pollutedPrototypes();
      if (polluted.length > 0) {
        failures.push(`#${i} ${payload.label}: polluted ${polluted.join(", ")}`);
        restorePrototypes();
      }
    }
    const changes = diffFingerprints(before, await fingerprintOf(undefined, NOT_RECORDS));
    problems.push(...failures);
    rows.push({ part: "bad input", target: "import upload route", counts: { payloads: requests, refused, errors: failures.length, "rows changed": totalChanged(changes) }, ok: failures.length === 0 && totalChanged(changes) === 0 });
    expect({ failures: failures.slice(0, 10), changes }).toEqual({ failures: [], changes: {} });
  }, 300_000);
});
