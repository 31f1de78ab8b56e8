import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { headerOf } from "@/lib/imports/columns";
import { communeColumnsFor } from "@/lib/territory/import-columns";
import { LEGAL_STATUSES, SETTINGS } from "@/lib/territory/schema";
import { CommuneImport } from "@/components/territory/commune-import";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Territory.import"))("title") };
}

export default async function CommuneImportPage() {
  const user = await requireUser("reference.write");
  const [t, territory, locale] = await Promise.all([getTranslations("Territory.import"), getTranslations("Territory"), getLocale() as Promise<AppLocale>]);
  const columns = communeColumnsFor(user.isNational);
  const accepted = (key: string) =>
    key === "legalStatus" ? LEGAL_STATUSES.map((v) => territory(`legalStatuses.${v}`)).join(" / ")
      : key === "setting" ? SETTINGS.map((v) => territory(`settings.${v}`)).join(" / ")
      : t(`columnHelp.${key}` as "columnHelp.code");
  return (
    <div className="space-y-6">
      <Link href="/admin/territory" className="underline">{territory("back")}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{user.isNational ? t("leadNational") : t("lead")}</p>
      <section aria-labelledby="communes-columns" className="space-y-2">
        <h2 id="communes-columns" className="text-xl font-bold text-brand-800">{t("columns")}</h2>
        <ul className="list-disc space-y-1 ps-6">
          {columns.map((c) => (
            <li key={c.key}><span className="font-semibold">{headerOf(c, locale)}</span>{c.required ? "" : ` (${t("optional")})`} : {accepted(c.key)}</li>
          ))}
        </ul>
        <p className="flex flex-wrap gap-4">
          <a href={`/${locale}/admin/territory/communes/import/template?lang=ar`} className="underline" download>{t("templateAr")}</a>
          <a href={`/${locale}/admin/territory/communes/import/template?lang=fr`} className="underline" download>{t("templateFr")}</a>
        </p>
      </section>
      <CommuneImport />
    </div>
  );
}
