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
 * The dashboard's pages have no other client text.
 */
export const WORKSPACE_SHELL_CLIENT_NAMESPACES = ["FormHelp"] as const;

/**
 * What the client components of the workspace's record pages read (app/[locale]/admin/(records)): their
 * forms, lists and editors (the application form too: staff enter applications received on paper).
 * client-messages.test.ts follows the imports of every workspace page to the components that run in the
 * browser and fails when one reads a namespace that its pages' list does not cover.
 */
export const WORKSPACE_CLIENT_NAMESPACES = [
  "AdminEvents",
  "Apply",
  "Auth",
  "Calls.admin.detail",
  "Calls.admin.locks",
  "Calls.form",
  "Committee.add",
  "Committee.decide",
  "Committee.decision",
  "Committee.form",
  "Conventions.form",
  "CooperativePublication",
  "Cooperatives",
  "DateInput",
  "Delete",
  "EventCooperatives",
  "EventKind",
  "FilingPrefecture",
  "FormHelp",
  "FormStatus",
  "Grants.form",
  "Grants.status",
  "Imports",
  "Lists",
  "OpenData.grant",
  "Organisations",
  "Photos.editor",
  "Photos.input",
  "Photos.upload",
  "PhoneLayout",
  "Reviews.conflict",
  "Reviews.form",
  "Screening.panel",
  "Screening.status",
  "Territory",
  "Users",
  "Validation",
  "Visits.form",
  "Visits.states",
] as const;

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
