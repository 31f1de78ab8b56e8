import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { requireUser } from "@/lib/auth/guard";
import { AdminNav } from "@/components/admin/admin-nav";
import { DemoBanner } from "@/components/admin/demo-banner";
import { hasDemoContent } from "@/lib/demo/queries";
import { ClientMessages, WORKSPACE_SHELL_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import { SavedNotice } from "@/components/forms/saved-notice";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: { default: t("title"), template: `%s — ${t("title")}` }, robots: { index: false } };
}

// The workspace is private: every page below requires a signed-in user (pages check their own permission).
// Its client texts are the shell's only; each section's layout gives its forms theirs (lib/i18n/client-messages.tsx).
export default async function AdminLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const user = await requireUser();
  const demo = await hasDemoContent();
  return (
    <ClientMessages namespaces={WORKSPACE_SHELL_CLIENT_NAMESPACES}>
      {demo && <DemoBanner />}
      {/* In print the menu is hidden and its column goes: the page gets the paper's whole width. */}
      <div className="grid gap-6 md:grid-cols-[14rem_minmax(0,1fr)] print:block">
        <aside className="no-print md:border-e md:border-brand-100 md:pe-4">
          <AdminNav user={user} />
        </aside>
        <div className="min-w-0">
          <SavedNotice />
          {children}
        </div>
      </div>
    </ClientMessages>
  );
}
