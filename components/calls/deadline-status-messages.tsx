import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

const KEYS = ["closesIn", "closesToday", "notYetOpen", "closed", "apply"] as const;

/**
 * The few messages DeadlineStatus (a client component) needs, and no more: public pages send their client
 * messages inside their cached HTML (lib/i18n/client-messages.tsx), and the whole Calls namespace would
 * weigh on every call page for five sentences.
 */
export async function DeadlineStatusMessages({ children }: { children: React.ReactNode }) {
  const all = (await getMessages()) as { Calls: { page: Record<string, string> } };
  const page = Object.fromEntries(KEYS.map((key) => [key, all.Calls.page[key]]));
  return <NextIntlClientProvider messages={{ Calls: { page } }}>{children}</NextIntlClientProvider>;
}
