import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { isSetupOpen, listSetupPrefectures } from "@/lib/setup/queries";
import { FirstAdminForm } from "@/components/setup/first-admin-form";
import { ClientMessages } from "@/lib/i18n/client-messages";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Setup" });
  return { title: t("title"), robots: { index: false } };
}

// The first-run setup: only while no active administrator exists and the console's token is live; after
// that the page does not exist (404), like any unknown address.
export default async function SetupPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection(); // read the database on every request, never at build time
  if (!(await isSetupOpen())) notFound();
  const t = await getTranslations("Setup");
  const prefectures = (await listSetupPrefectures()).map((p) => ({ value: p.id, label: locale === "ar" ? p.nameAr : p.nameFr }));
  return (
    <div className="mx-auto max-w-lg space-y-6 rounded-lg border border-brand-100 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      <ClientMessages namespaces={["Setup", "FormStatus", "FormHelp", "Validation"]}>
        <FirstAdminForm prefectures={prefectures} />
      </ClientMessages>
    </div>
  );
}
