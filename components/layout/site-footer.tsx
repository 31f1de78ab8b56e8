import { getTranslations } from "next-intl/server";
import { ServerLink } from "@/lib/i18n/server-link";

// The staff sign-in is linked from every public page's footer: a new member of staff given the site's
// address finds the workspace from the home page, without knowing /sign-in.
export async function SiteFooter() {
  const t = await getTranslations("Footer");
  return (
    <footer className="mt-16 border-t border-brand-100 bg-brand-50">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-slate-700">
        <p>{t("about")}</p>
        <p>{t("times")}</p>
        <p className="no-print">
          <ServerLink href="/sign-in" className="text-brand-800 underline">
            {t("staffSignIn")}
          </ServerLink>
        </p>
      </div>
    </footer>
  );
}
