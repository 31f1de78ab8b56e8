import { describe, expect, it } from "vitest";
import { hashSetupToken, newSetupToken, sameTokenHash } from "./token";

describe("setup token", () => {
  it("is long and random, and only its hash is compared", () => {
    const tokens = new Set(Array.from({ length: 50 }, newSetupToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[\w-]{32}$/);
    const [a, b] = [...tokens];
    expect(sameTokenHash(hashSetupToken(a!), hashSetupToken(a!))).toBe(true);
    expect(sameTokenHash(hashSetupToken(` ${a!}\n`), hashSetupToken(a!))).toBe(true); // pasted with spaces
    expect(sameTokenHash(hashSetupToken(a!), hashSetupToken(b!))).toBe(false);
  });

  it("never matches a malformed hash (different length, not hexadecimal)", () => {
    const hash = hashSetupToken(newSetupToken());
    expect(sameTokenHash(hash, hash.slice(0, 62))).toBe(false);
    expect(sameTokenHash(hash, "")).toBe(false);
    expect(sameTokenHash("zz".repeat(32), "zz".repeat(32))).toBe(false);
  });
});
