// Every string of the repository's tracked text that could be a password someone copied from it: quoted
// literals, inline code and table cells that mention a password, a demo, an admin or a secret. Tests try
// them against every account of a fresh start, so a password written in the code or the README (as the
// demo password table once was) is caught wherever it is.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const TEXT_FILE = /\.(ts|tsx|mts|mjs|cjs|js|md|sh|json|ya?ml|env|example|txt|sql|prisma|toml)$/;
const SKIPPED = /(^|\/)(package-lock\.json|messages\/[a-z]+\.json)$/; // no passwords; thousands of strings
const LOOKS_RELEVANT = /pass|demo|secret|admin|login|sign|mot de passe|كلمة/i;

/**
 * Candidates in one text: every piece of a line between quotes, backticks or table bars, 8 to 64
 * characters, that mentions a relevant word and does not look like code or a module path.
 */
export function passwordCandidatesIn(text: string): string[] {
  const found = new Set<string>();
  for (const line of text.split("\n")) {
    for (const piece of line.split(/["'`|]/)) {
      const candidate = piece.trim();
      if (candidate.length < 8 || candidate.length > 64 || !LOOKS_RELEVANT.test(candidate)) continue;
      if (/^(@\/|\.{0,2}\/)/.test(candidate) || /[(){};=<>]|\$\{/.test(candidate)) continue;
      found.add(candidate);
    }
  }
  return [...found];
}

export function repositoryPasswordCandidates(root = process.cwd()): string[] {
  const files = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter((file) => TEXT_FILE.test(file) && !SKIPPED.test(file));
  const found = new Set<string>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(path.join(root, file), "utf8");
    } catch {
      continue; // listed but deleted in the working tree
    }
    for (const candidate of passwordCandidatesIn(text)) found.add(candidate);
  }
  return [...found];
}
