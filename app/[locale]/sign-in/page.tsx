import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { redirect } from "@/lib/i18n/navigation";
import { ServerLink } from "@/lib/i18n/server-link";
import { getSessionUser } from "@/lib/auth/session";
import { SignInForm } from "@/components/auth/sign-in-form";
import { isSetupOpen } from "@/lib/setup/queries";
import { ClientMessages, SIGN_IN_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; setup?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Auth" });
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  if (await getSessionUser()) redirect({ href: "/admin", locale });
  const t = await getTranslations("Auth");
  const { next, setup } = await searchParams;
  // While no administrator exists, the way in is the first-run setup (its token is in the server console).
  const setupOpen = await isSetupOpen();
  return (
    <div className="mx-auto max-w-md space-y-6 rounded-lg border border-brand-100 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold text-brand-800">{t("signInTitle")}</h1>
      <p className="text-slate-700">{t("signInLead")}</p>
      {setup === "done" && !setupOpen && (
        <p role="status" className="rounded-md border border-brand-600 bg-brand-50 p-3 font-semibold text-brand-800">{t("setupDone")}</p>
      )}
      {setupOpen && (
        <p className="rounded-md border border-ochre-700/40 bg-ochre-100 p-3 text-slate-900">
          {t("setupOpen")}{" "}
          <ServerLink href="/setup" className="font-semibold text-brand-800 underline">{t("setupLink")}</ServerLink>
        </p>
      )}
      <ClientMessages namespaces={SIGN_IN_CLIENT_NAMESPACES}>
        <SignInForm next={next} />
      </ClientMessages>
    </div>
  );
}
