import { describe, expect, it } from "vitest";
import { sniffMediaType } from "@/lib/files/sniff";
import { sanitizeFileName } from "@/lib/files/file-name";
import { checkUploads } from "@/lib/files/check";
import { MAX_FILE_BYTES } from "@/lib/files/limits";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new TextEncoder().encode(s);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const PDF = text("%PDF-1.7\n%%EOF\n");

describe("sniffMediaType", () => {
  it("knows PDF, JPEG and PNG by their first bytes", () => {
    expect(sniffMediaType(PDF)).toBe("application/pdf");
    expect(sniffMediaType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16))).toBe("image/jpeg");
    expect(sniffMediaType(PNG)).toBe("image/png");
  });

  it("refuses everything else, however it is named", () => {
    expect(sniffMediaType(text("<!doctype html><script>alert(1)</script>"))).toBeNull();
    expect(sniffMediaType(text('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffMediaType(text("MZ\x90\x00"))).toBeNull(); // Windows executable
    expect(sniffMediaType(bytes(0x7f, 0x45, 0x4c, 0x46))).toBeNull(); // ELF
    expect(sniffMediaType(text("%PDF"))).toBeNull(); // cut before the dash
    expect(sniffMediaType(text(" %PDF-1.4"))).toBeNull(); // not at the start
    expect(sniffMediaType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull(); // half a PNG signature
    expect(sniffMediaType(bytes())).toBeNull();
  });
});

describe("sanitizeFileName", () => {
  it("keeps a plain name and gives it the extension of its content", () => {
    expect(sanitizeFileName("طلب موقع.pdf", "application/pdf")).toBe("طلب موقع.pdf");
    expect(sanitizeFileName("scan.PDF", "image/png")).toBe("scan.png");
  });

  it("drops paths, direction overrides and control characters", () => {
    expect(sanitizeFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(sanitizeFileName("C:\\Users\\x\\lettre.pdf", "application/pdf")).toBe("lettre.pdf");
    expect(sanitizeFileName("invoice\u202Efdp.exe", "application/pdf")).toBe("invoicefdp.pdf");
    expect(sanitizeFileName("a\u0000b\nc.pdf", "application/pdf")).toBe("abc.pdf");
    expect(sanitizeFileName("...", "image/jpeg")).toBe("document.jpg");
    expect(sanitizeFileName("x".repeat(500) + ".pdf", "application/pdf")).toHaveLength(104);
  });
});

describe("checkUploads", () => {
  const file = (content: Uint8Array | string, name = "f.pdf", type = "application/pdf") => new File([typeof content === "string" ? text(content) : new Uint8Array(content)], name, { type });

  it("accepts a real PDF and hashes it", async () => {
    const { files, violations } = await checkUploads([{ field: "documents.1", file: file(PDF) }]);
    expect(violations).toEqual([]);
    expect(files[0]).toMatchObject({ field: "documents.1", mediaType: "application/pdf", sizeBytes: PDF.length, fileName: "f.pdf" });
    expect(files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses an HTML page named .pdf, an empty file and one byte over 5 MB, next to their fields", async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(PDF);
    const { files, violations } = await checkUploads([
      { field: "documents.1", file: file("<html></html>") },
      { field: "documents.2", file: file("") },
      { field: "documents.3", file: file(big) },
      { field: "documents.4", file: file(PNG, "scan.pdf") },
    ]);
    expect(violations.map((v) => [v.field, v.code])).toEqual([
      ["documents.1", "apply.fileTypeRefused"], ["documents.2", "apply.emptyFile"], ["documents.3", "apply.fileTooLarge"],
    ]);
    expect(files.map((f) => [f.field, f.mediaType, f.fileName])).toEqual([["documents.4", "image/png", "scan.png"]]);
  });

  it("refuses a 13th file and more than 20 MB in all", async () => {
    const thirteen = Array.from({ length: 13 }, (_, i) => ({ field: `documents.${i}`, file: file(PDF) }));
    expect((await checkUploads(thirteen)).violations).toEqual([{ field: "documents.12", code: "apply.tooManyFiles", params: { max: 12 } }]);
    const four = new Uint8Array(4.5 * 1024 * 1024);
    four.set(PDF);
    const five = Array.from({ length: 5 }, (_, i) => ({ field: `documents.${i}`, file: file(four) }));
    expect((await checkUploads(five)).violations).toEqual([{ field: "documents.4", code: "apply.applicationTooLarge", params: { max: 20 } }]);
  });
});
