import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * The message namespaces client components read with useTranslations, by where they are used. Every page
 * sends its client messages inside its HTML (and again in its React payload); sending the whole catalogue
 * (117 kB in French) would make each cached public page 128 kB instead of about 75, and every workspace page
 * (the dashboard: 556 kB for a prefecture at national scale) a fifth heavier to render and to download.
 * Server components read the full catalogue on the server and are not concerned. A name may be a dotted
 * path ("Grants.form"): only that part of the namespace is sent.
 */
export const SIGN_IN_CLIENT_NAMESPACES = ["Auth", "FormStatus", "Validation"] as const;

/**
 * What the client components of every workspace page read, in the workspace's own layout (the "saved" notice).
 * The pages of a section without a list below (the dashboard, the audit trail, the reports) have no other
 * client text.
 */
export const WORKSPACE_SHELL_CLIENT_NAMESPACES = ["FormHelp"] as const;

/**
 * What the client components of each section of the workspace read (app/[locale]/admin/<section>), given by the
 * section's layout: its forms, lists and editors (the application form too: staff enter applications received
 * on paper). Per section, not for the whole workspace: all of them together are 81 kB in Arabic, sent with
 * every page. A section's list replaces the shell's for its pages, so it names FormHelp again where needed.
 * client-messages.test.ts follows the imports of every workspace page to the components that run in the
 * browser and fails when one reads a namespace its section's list does not cover.
 */
const STATUS = ["FormStatus", "FormHelp"] as const; // every form's saving state and its unsaved-changes question
export const SECTION_CLIENT_NAMESPACES = {
  account: ["Auth", ...STATUS],
  applications: ["Apply", "Reviews.conflict", "Reviews.form", "Screening.panel", "Screening.status", "DateInput", "Validation", ...STATUS],
  calls: ["Calls.form", "Calls.admin.locks", "Calls.admin.detail", "FilingPrefecture", "DateInput", ...STATUS],
  committee: ["Committee.add", "Committee.decide", "Committee.decision", "Committee.form", "FilingPrefecture", "DateInput", ...STATUS],
  cooperatives: ["Cooperatives", "CooperativePublication", "OpenData.grant", "Lists", "DateInput", "Validation", "Delete", ...STATUS],
  events: [
    "AdminEvents", "EventKind", "EventCooperatives", "Organisations.kinds", "Photos.upload", "Photos.input", "Photos.editor", "FilingPrefecture",
    "DateInput", "Validation", "Delete", ...STATUS,
  ],
  grants: [
    "Grants.form", "Grants.status", "Conventions.form", "Visits.form", "Visits.states", "Photos.input", "CooperativePublication", "OpenData.grant",
    "DateInput", "Validation", "Delete", ...STATUS,
  ],
  imports: ["Imports", ...STATUS],
  organisations: ["Organisations", "Lists", "Validation", "Delete", ...STATUS],
  territory: ["Territory", "Imports.preview", "Lists", "PhoneLayout", "Validation", "Delete", ...STATUS],
  users: ["Users", "Lists", ...STATUS],
  visits: ["Visits.form", "Visits.states", "Photos.input", "Photos.editor", "DateInput", "Validation", "Delete", ...STATUS],
} as const satisfies Record<string, readonly string[]>;
export type WorkspaceSection = keyof typeof SECTION_CLIENT_NAMESPACES;

type Messages = Record<string, unknown>;

/** Copies the part of `all` at `path` (["Grants", "form"]) into `into`, keeping the nesting. */
function copyPath(all: Messages, into: Messages, path: string[]) {
  let from: unknown = all;
  let to = into;
  for (const [i, key] of path.entries()) {
    if (typeof from !== "object" || from === null || !(key in from)) return;
    from = (from as Messages)[key];
    if (i === path.length - 1) to[key] = from;
    else to = (to[key] ??= {}) as Messages;
  }
}

export function pickNamespaces(all: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  for (const name of namespaces) copyPath(all, picked, name.split("."));
  return picked;
}

/**
 * Gives the client components below it the named namespaces. Nested providers replace the messages of the
 * one above for their subtree.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={pickNamespaces(await getMessages(), namespaces)}>{children}</NextIntlClientProvider>;
}

/** The client texts of one section of the workspace, for its layout (app/[locale]/admin/<section>/layout.tsx). */
export function SectionClientMessages({ section, children }: { section: WorkspaceSection; children: React.ReactNode }) {
  return <ClientMessages namespaces={SECTION_CLIENT_NAMESPACES[section]}>{children}</ClientMessages>;
}
