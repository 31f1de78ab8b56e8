import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * The message namespaces client components read with useTranslations, by where they are used. Every page
 * sends its client messages inside its HTML; sending the whole catalogue (55 kB) would make each cached
 * public page 128 kB instead of about 75. Server components read the full catalogue on the server and are
 * not concerned.
 */
export const SIGN_IN_CLIENT_NAMESPACES = ["Auth", "FormStatus", "Validation"] as const;

type Namespaces = readonly string[] | "all";

async function messagesFor(namespaces: Namespaces) {
  const all = await getMessages();
  if (namespaces === "all") return all;
  return Object.fromEntries(namespaces.filter((name) => name in all).map((name) => [name, all[name]]));
}

/**
 * Gives the client components below it the named namespaces ("all": the workspace, whose forms use most of
 * the catalogue). Nested providers replace the messages of the one above for their subtree.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: Namespaces; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={await messagesFor(namespaces)}>{children}</NextIntlClientProvider>;
}
