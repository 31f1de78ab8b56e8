import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { xlsxFile } from "@/lib/imports/test-files";
import { xlsxBomb } from "@/lib/imports/test-zip-bombs";
import { readZipEntries } from "@/lib/imports/zip-entries";
import { UNPACKED_LIMITS, unpackedSizeProblem } from "@/lib/imports/unpacked-size";

const MB = 1024 * 1024;

describe("what an XLSX would unpack to, judged before it is read", () => {
  it("lets a genuine workbook through, and calls bytes that are no ZIP archive unreadable", async () => {
    const genuine = await xlsxFile([["name", "commune"], ["تعاونية", "طنجة"]]);
    expect(await unpackedSizeProblem(genuine)).toBeNull();
    expect(await unpackedSizeProblem(new TextEncoder().encode("PK\u0003\u0004 not really a zip"))).toBe("unreadable");
  });

  it("builds crafted files that are valid archives (their CRC-32 and sizes check out)", async () => {
    const bomb = await xlsxBomb({ unpackedMb: 2 });
    const zip = await JSZip.loadAsync(bomb, { checkCRC32: true });
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("uint8array");
    expect(sheet.byteLength).toBeGreaterThan(2 * MB);
  });

  it("refuses a 300 MB sheet in a few hundred kB from its declared sizes, without inflating it", async () => {
    const bomb = await xlsxBomb({ unpackedMb: 300 });
    expect(bomb.byteLength).toBeLessThan(500_000);
    expect(Math.max(...readZipEntries(bomb)!.map((e) => e.uncompressedSize))).toBeGreaterThan(300 * MB);
    const started = performance.now();
    expect(await unpackedSizeProblem(bomb)).toBe("unpackedTooLarge");
    expect(performance.now() - started).toBeLessThan(50);
  }, 60_000);

  it("refuses an entry under the size limits that is compressed far more than a genuine sheet", async () => {
    const bomb = await xlsxBomb({ unpackedMb: 5 });
    expect(await unpackedSizeProblem(bomb)).toBe("unpackedTooLarge");
    // It is the ratio that refuses it: allowed any ratio, the same file passes.
    expect(await unpackedSizeProblem(bomb, { ...UNPACKED_LIMITS, maxRatio: 10_000 })).toBeNull();
  });

  it("refuses a file whose entries together exceed the total", async () => {
    const genuine = await xlsxFile([["name"], ["x"]]);
    expect(await unpackedSizeProblem(genuine, { ...UNPACKED_LIMITS, maxTotalBytes: 1000 })).toBe("unpackedTooLarge");
  });

  it("stops inflating an entry that hides 300 MB behind a small declared size, and holds none of it", async () => {
    const lying = await xlsxBomb({ unpackedMb: 300, declaredBytes: 2_000_000 });
    const before = process.memoryUsage();
    const started = performance.now();
    expect(await unpackedSizeProblem(lying)).toBe("unreadable");
    const after = process.memoryUsage();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(after.rss - before.rss).toBeLessThan(64 * MB);
  }, 60_000);
});
