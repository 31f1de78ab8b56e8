import { describe, expect, it } from "vitest";
import { applyPagePolicy } from "@/lib/security/page-policy";
import { attachmentDisposition, DOWNLOAD_PATH, DOWNLOAD_POLICY } from "./download";

const file = (fileName: string, mediaType = "application/pdf") => ({ receiptCode: "T-1A2B", position: 2, fileName, mediaType });

describe("attachmentDisposition", () => {
  it("names the file from the receipt code and keeps the sender's name percent-encoded", () => {
    expect(attachmentDisposition(file("fiche technique.pdf"))).toBe(`attachment; filename="T-1A2B-2.pdf"; filename*=UTF-8''fiche%20technique.pdf`);
    expect(attachmentDisposition(file("طلب.pdf"))).toContain("filename*=UTF-8''%D8%B7%D9%84%D8%A8.pdf");
    expect(attachmentDisposition({ ...file("scan.png", "image/png"), position: null })).toMatch(/^attachment; filename="T-1A2B-annexe\.png";/);
  });

  it("lets nothing the sender typed break the header or name a path", () => {
    const header = attachmentDisposition(file('a"; filename=evil.html\r\nSet-Cookie: x=1/../..\\x (1)*.pdf'));
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header).toMatch(/^attachment; filename="T-1A2B-2\.pdf"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/);
    expect(attachmentDisposition({ ...file("x"), receiptCode: '"\r\n' })).toMatch(/^attachment; filename="document-2\.pdf"/);
  });
});

describe("the download route's policy", () => {
  it("is sandboxed, loads nothing, and is set by the proxy for that path only", () => {
    expect(DOWNLOAD_POLICY).toMatch(/default-src 'none'/);
    expect(DOWNLOAD_POLICY).toMatch(/sandbox/);
    expect(DOWNLOAD_PATH.test("/ar/admin/applications/12/documents/3")).toBe(true);
    expect(DOWNLOAD_PATH.test("/ar/admin/applications/12")).toBe(false);
    const headers = new Headers({ "content-security-policy": "script-src 'nonce-mine'" });
    expect(applyPagePolicy("/fr/admin/applications/12/documents/3", headers, true)).toBe(DOWNLOAD_POLICY);
    expect(headers.has("content-security-policy")).toBe(false);
  });
});
