import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { IMPORT_KINDS, isImportKind } from "@/lib/imports/columns";
import { listImportBatches } from "@/lib/imports/queries";
import { UploadForm } from "@/components/imports/upload-form";
import { RecentImports } from "@/components/imports/recent-imports";
import { importProblemText } from "@/components/imports/import-problem-text";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PROBLEMS = ["tooLarge", "unsupportedType", "notUtf8", "unreadable", "tooComplex", "unpackedTooLarge", "busy", "empty", "tooManyRows", "formulas", "missingColumns", "csvMalformed", "kindRequired", "fileRequired"] as const;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Imports");
  return { title: t("title") };
}

export default async function ImportsPage({ searchParams }: Props) {
  const user = await requireUser("records.write");
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("Imports");
  const query = await searchParams;
  const problem = PROBLEMS.find((p) => p === one(query.problem));
  const kind = one(query.kind);
  const error = problem && `${await importProblemText(problem, query, locale)} ${t("problems.nothingChanged")}`;
  const batches = await listImportBatches(user);
  const template = (k: string, format: string, lang: string) => `/${locale}/admin/imports/template?kind=${k}&format=${format}&lang=${lang}`;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
      </header>
      <section aria-labelledby="upload-heading" className="space-y-4 rounded-md bg-white p-4">
        <h2 id="upload-heading" className="text-xl font-bold">{t("upload.heading")}</h2>
        <UploadForm action={`/${locale}/admin/imports/upload`} defaultKind={isImportKind(kind) ? kind : ""} error={error} />
      </section>
      <section aria-labelledby="templates-heading" className="space-y-2">
        <h2 id="templates-heading" className="text-xl font-bold">{t("templates.heading")}</h2>
        <p>{t("templates.lead")}</p>
        <ul className="space-y-1">
          {IMPORT_KINDS.map((k) => (
            <li key={k}>
              <span className="font-semibold">{t(`kinds.${k}`)} : </span>
              {(["ar", "fr"] as const).flatMap((lang) => (["xlsx", "csv"] as const).map((format) => (
                <a key={`${lang}-${format}`} href={template(k, format, lang)} download className="me-3 text-brand-700 underline">
                  {t(`templates.${format}`, { language: t(`templates.${lang}`) })}
                </a>
              )))}
            </li>
          ))}
        </ul>
      </section>
      <RecentImports batches={batches} locale={locale} />
    </div>
  );
}
