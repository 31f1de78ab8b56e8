import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import fr from "@/messages/fr.json";
import { pickNamespaces, SECTION_CLIENT_NAMESPACES, WORKSPACE_SHELL_CLIENT_NAMESPACES, type WorkspaceSection } from "./client-messages";

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

const WORKSPACE = "app/[locale]/admin";

/**
 * The files that run in the browser on the given pages: from each of their files the imports are followed;
 * a "use client" module met on the way, and everything it imports, runs on the client.
 */
function clientFilesOf(pageFiles: string[]): string[] {
  const pending: [string, boolean][] = pageFiles.map((file) => [file, false]);
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

/** The namespaces the client components among `files` read that `given` does not cover, and those they read. */
function uncovered(files: string[], given: readonly string[]) {
  const covers = (namespace: string) => given.some((name) => namespace === name || namespace.startsWith(`${name}.`));
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
  return { read, missing };
}

describe("the workspace's client messages", () => {
  const all = sourceFiles(WORKSPACE);
  const sectionOf = (file: string) => path.relative(WORKSPACE, file).split(path.sep)[0]!;
  const sections = [...new Set(all.map(sectionOf))].filter((entry) => fs.statSync(path.join(WORKSPACE, entry)).isDirectory());
  const hasList = (section: string): section is WorkspaceSection => section in SECTION_CLIENT_NAMESPACES;

  it("cover, per section, every namespace a client component of its pages reads", () => {
    expect(sections).toEqual(expect.arrayContaining(["grants", "dashboard", "audit"]));
    const read: string[] = [];
    const missing: string[] = [];
    const clientFiles: string[] = [];
    for (const section of sections) {
      const files = clientFilesOf(all.filter((file) => sectionOf(file) === section));
      clientFiles.push(...files);
      const checked = uncovered(files, hasList(section) ? SECTION_CLIENT_NAMESPACES[section] : WORKSPACE_SHELL_CLIENT_NAMESPACES);
      read.push(...checked.read);
      missing.push(...checked.missing.map((line) => `${section}: ${line}`));
    }
    expect(clientFiles).toContain("components/forms/date-field.tsx"); // no "use client" of its own: imported by forms
    expect(clientFiles).toContain("components/apply/application-form.tsx"); // staff enter an application on paper
    expect(clientFiles).not.toContain("components/setup/first-admin-form.tsx"); // the setup page's, not the workspace's
    expect(missing).toEqual([]);
    expect(read).toContain("Grants.form");
  });

  it("give each listed section its texts through its own layout, and no list to a section that does not exist", () => {
    for (const section of Object.keys(SECTION_CLIENT_NAMESPACES)) {
      expect(sections, section).toContain(section);
      const layout = path.join(WORKSPACE, section, "layout.tsx");
      expect(fs.existsSync(layout) && fs.readFileSync(layout, "utf8"), layout).toContain(`<SectionClientMessages section="${section}">`);
    }
  });

  it("cover, with the shell's few, every namespace a client component of the workspace's own layout reads", () => {
    const shell = all.filter((file) => path.dirname(file) === WORKSPACE);
    expect(shell).toContain("app/[locale]/admin/layout.tsx");
    const files = clientFilesOf(shell);
    expect(files).toContain("components/forms/saved-notice.tsx");
    const { read, missing } = uncovered(files, WORKSPACE_SHELL_CLIENT_NAMESPACES);
    expect(missing).toEqual([]);
    expect(read).toContain("FormHelp");
  });

  it("names only parts of the catalogue that exist, and sends those parts whole", () => {
    const names = [...new Set(Object.values(SECTION_CLIENT_NAMESPACES).flat())];
    const picked = pickNamespaces(fr, names);
    for (const name of names) {
      const at = (messages: unknown) => name.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);
      expect(at(fr), name).toBeDefined();
      expect(at(picked), name).toEqual(at(fr));
    }
    // What only server components read stays on the server.
    for (const serverOnly of ["Dashboard", "ReportPack", "Home", "Metadata"]) expect(picked).not.toHaveProperty(serverOnly);
    expect(picked).not.toHaveProperty("Grants.list");
  });
});
