import { createHash } from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { PUBLIC_PAGES_SCRIPT_HASH } from "./public-pages-script";

describe("public/js/public-pages.js's address", () => {
  it("carries the hash of the file's content: browsers keep it a year, so a changed file needs a new address", () => {
    const hash = createHash("sha256").update(fs.readFileSync("public/js/public-pages.js")).digest("hex").slice(0, 10);
    expect(PUBLIC_PAGES_SCRIPT_HASH, "set PUBLIC_PAGES_SCRIPT_HASH in components/layout/public-pages-script.tsx to this").toBe(hash);
  });
});
