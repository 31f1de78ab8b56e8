// Memory under parallel crafted XLSX uploads (issue finding 5): three crafted files at once through the
// production server's upload route, the server's resident memory sampled before and during (its own
// process: the XLSX readers are worker threads inside it). Passes when every upload is refused with its
// reason, the server then still reads a genuine file, and no round raised its memory by more than 400 MB
// (before the fix: three 300 MB sheets at once took it from 0.5 to 2.45 GB).
import type { ResultRow } from "./report";
import type { Client } from "./http-forms";
import { peakRssMbDuring, rssMb } from "./process-memory";
import { xlsxFile, xlsxWithWholeSheetMerge } from "@/lib/imports/test-files";
import { xlsxBomb } from "@/lib/imports/test-zip-bombs";
import { COOPERATIVE_COLUMNS } from "@/lib/imports/columns";

const LIMIT_MB = Number(process.env.RELIABILITY_XLSX_MEMORY_LIMIT_MB ?? 400);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Upload = { label: string; bytes: Uint8Array; expected: string };
type Answer = { problem: string; seconds: number };

/** POSTs the file as the upload form does; the problem code of the redirect, "preview" for a batch page. */
async function upload(client: Client, bytes: Uint8Array): Promise<Answer> {
  const started = Date.now();
  const body = new FormData();
  body.set("kind", "cooperatives");
  body.set("file", new File([bytes as BlobPart], "cooperatives.xlsx"));
  const response = await fetch(`${client.baseUrl}/fr/admin/imports/upload`, { method: "POST", body, headers: { cookie: client.cookie, origin: client.baseUrl }, redirect: "manual" });
  const location = response.headers.get("location") ?? "";
  const problem = response.status !== 303 ? `status ${response.status}` : /\/admin\/imports\/\d+$/.test(location) ? "preview" : (new URL(location, client.baseUrl).searchParams.get("problem") ?? location);
  return { problem, seconds: (Date.now() - started) / 1000 };
}

async function round(client: Client, pid: number, target: string, uploads: Upload[]): Promise<{ row: ResultRow; failures: string[] }> {
  await sleep(2_000); // let the previous round's memory go back
  const beforeMb = rssMb(pid);
  const { value: answers, peakMb } = await peakRssMbDuring(pid, () => Promise.all(uploads.map((u) => upload(client, u.bytes))));
  const increaseMb = Math.round(peakMb - beforeMb);
  const failures = answers.flatMap((a, i) => (a.problem === uploads[i]!.expected ? [] : [`${target}: ${uploads[i]!.label} answered ${a.problem}, expected ${uploads[i]!.expected}`]));
  if (increaseMb > LIMIT_MB) failures.push(`${target}: server memory rose by ${increaseMb} MB (${Math.round(beforeMb)} -> ${Math.round(peakMb)} MB), limit +${LIMIT_MB} MB`);
  const row: ResultRow = {
    part: "memory",
    target,
    counts: {
      uploads: uploads.length,
      refused: answers.filter((a, i) => a.problem === uploads[i]!.expected).length,
      "RSS before MB": Math.round(beforeMb),
      "RSS peak MB": Math.round(peakMb),
      "peak increase MB": increaseMb,
      "slowest answer s": Math.max(...answers.map((a) => a.seconds)).toFixed(1),
    },
    ok: failures.length === 0,
  };
  return { row, failures };
}

export async function runXlsxMemory(client: Client, pid: number): Promise<{ rows: ResultRow[]; failures: string[] }> {
  const genuine = await xlsxFile([COOPERATIVE_COLUMNS.map((c) => c.fr), ["REL-XLSX-1", "تعاونية", "Coopérative", "Apiculture", "Al Manzla", "", "15/03/2020", "12", "7", "3", "", "", ""]]);
  // Warm-up: the first XLSX read loads the route and the reader's code; that is not what is measured.
  const warm = await upload(client, genuine);
  const bomb = await xlsxBomb({ unpackedMb: 300 });
  const lying = await xlsxBomb({ unpackedMb: 300, declaredBytes: 2_000_000 });
  const merge = await xlsxWithWholeSheetMerge();
  const kb = (bytes: Uint8Array) => `${Math.round(bytes.byteLength / 1024)} kB`;
  const rounds = [
    await round(client, pid, `3 at once: 300 MB sheets in ${kb(bomb)} (2 honest, 1 lying)`, [
      { label: "honest sizes", bytes: bomb, expected: "unpackedTooLarge" },
      { label: "honest sizes", bytes: bomb, expected: "unpackedTooLarge" },
      { label: "lying sizes", bytes: lying, expected: "unreadable" },
    ]),
    await round(client, pid, `3 at once: whole-sheet merged range in ${kb(merge)}`, Array.from({ length: 3 }, () => ({ label: "whole-sheet merge", bytes: merge, expected: "tooComplex" }))),
  ];
  const after = await upload(client, genuine);
  const failures = rounds.flatMap((r) => r.failures);
  if (warm.problem !== "preview" || after.problem !== "preview") failures.push(`a genuine XLSX answered ${warm.problem} before the rounds and ${after.problem} after, expected a preview`);
  return { rows: rounds.map((r) => r.row), failures };
}
