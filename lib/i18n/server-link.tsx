import { getLocale } from "next-intl/server";
import { localizedPath, type LocalizedHref } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/locales";

type Props = Omit<React.ComponentProps<"a">, "href"> & { href: LocalizedHref; locale?: AppLocale };

/**
 * The public pages' link: a plain <a> to the localized address, rendered on the server. next-intl's Link is
 * a client component that needs NextIntlClientProvider and loads next-intl's client code with it; public
 * pages have neither (issue 15: their own JavaScript stays under 10 kB), and their HTML is cached, so a
 * full page load per click costs little. The workspace keeps next-intl's Link (lib/i18n/navigation.ts).
 */
export async function ServerLink({ href, locale, ...rest }: Props) {
  const current = locale ?? ((await getLocale()) as AppLocale);
  return <a href={localizedPath(current, href)} {...rest} />;
}
