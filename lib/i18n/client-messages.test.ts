import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import fr from "@/messages/fr.json";
import { pickNamespaces, WORKSPACE_CLIENT_NAMESPACES } from "./client-messages";

// Components that take their namespace as a prop: the namespaces they may be given.
const NAMESPACE_PROPS: Record<string, string[]> = {
  "components/forms/publication-switch-form.tsx": ["OpenData.grant", "CooperativePublication"],
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return [path.relative(process.cwd(), path.join(entry.parentPath, entry.name))];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : path.join(path.dirname(from), specifier);
  return [`${base}.tsx`, `${base}.ts`, `${base}/index.tsx`, `${base}/index.ts`].find((candidate) => fs.existsSync(candidate));
}

const isClientModule = (file: string) => /^\s*["']use client["']/m.test(fs.readFileSync(file, "utf8"));

function importsOf(file: string): string[] {
  return [...fs.readFileSync(file, "utf8").matchAll(/^(?:import|export)[^;]*?from "((?:@\/|\.{1,2}\/)[^"]+)"/gm)].flatMap((match) => resolveImport(file, match[1]!) ?? []);
}

/**
 * The files that run in the browser on workspace pages: from every file of app/[locale]/admin, the imports
 * are followed; a "use client" module met on the way, and everything it imports, runs on the client.
 */
function workspaceClientFiles(): string[] {
  const pending: [string, boolean][] = sourceFiles("app/[locale]/admin").map((file) => [file, false]);
  const seen = new Set<string>();
  const client = new Set<string>();
  while (pending.length > 0) {
    const [file, importedByClient] = pending.pop()!;
    const onClient = importedByClient || isClientModule(file);
    const key = `${file}:${onClient}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (onClient) client.add(file);
    for (const imported of importsOf(file)) pending.push([imported, onClient]);
  }
  return [...client];
}

const covers = (namespace: string) => WORKSPACE_CLIENT_NAMESPACES.some((given) => namespace === given || namespace.startsWith(`${given}.`));

describe("the workspace's client messages", () => {
  const files = workspaceClientFiles();

  it("cover every namespace a workspace client component reads", () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files).toContain("components/forms/date-field.tsx"); // no "use client" of its own: imported by forms
    expect(files).toContain("components/apply/application-form.tsx"); // staff enter an application on paper
    expect(files).not.toContain("components/setup/first-admin-form.tsx"); // the setup page's, not the workspace's
    const read: string[] = [];
    const missing: string[] = [];
    for (const file of files) {
      const source = fs.readFileSync(file, "utf8");
      for (const call of source.matchAll(/useTranslations\(([^)]*)\)/g)) {
        const literal = /^"([^"]+)"$/.exec(call[1]!.trim());
        const namespaces = literal ? [literal[1]!] : NAMESPACE_PROPS[file];
        if (!namespaces) {
          missing.push(`${file}: useTranslations(${call[1]}) (a namespace the test cannot read: list it in NAMESPACE_PROPS)`);
          continue;
        }
        read.push(...namespaces);
        missing.push(...namespaces.filter((namespace) => !covers(namespace)).map((namespace) => `${file}: ${namespace}`));
      }
    }
    expect(missing).toEqual([]);
    expect(read).toContain("Grants.form");
  });

  it("names only parts of the catalogue that exist, and sends those parts whole", () => {
    const picked = pickNamespaces(fr, WORKSPACE_CLIENT_NAMESPACES);
    for (const name of WORKSPACE_CLIENT_NAMESPACES) {
      const at = (messages: unknown) => name.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);
      expect(at(fr), name).toBeDefined();
      expect(at(picked), name).toEqual(at(fr));
    }
    // What only server components read stays on the server.
    for (const serverOnly of ["Dashboard", "ReportPack", "Home", "Metadata"]) expect(picked).not.toHaveProperty(serverOnly);
    expect(picked).not.toHaveProperty("Grants.list");
  });
});
