import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/money";
import { getImportBatch, OUTCOME_FILTERS, type OutcomeFilter } from "@/lib/imports/queries";
import { confirmImportAction, discardImportAction } from "@/lib/imports/actions";
import { OutcomeTable } from "@/components/imports/outcome-table";
import { ConfirmImportForm } from "@/components/imports/confirm-import-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Imports");
  return { title: t("title") };
}

export default async function ImportPreviewPage({ params, searchParams }: Props) {
  const user = await requireUser("records.write");
  const locale = (await getLocale()) as AppLocale;
  const id = Number((await params).id);
  const query = await searchParams;
  const filter = OUTCOME_FILTERS.find((f) => f === one(query.show)) ?? null;
  const found = await getImportBatch(user, id, filter, Number(one(query.page)) || 1);
  if (!found) notFound();
  const { batch, rows, matching, page, pages, ignoredHeaders } = found;
  const t = await getTranslations("Imports.preview");
  const n = (x: number) => formatCount(x, locale);
  const href = (change: { show?: OutcomeFilter | null; page?: number }) => {
    const q = new URLSearchParams();
    const show = change.show === undefined ? filter : change.show;
    if (show) q.set("show", show);
    if (change.page && change.page > 1) q.set("page", String(change.page));
    return `/admin/imports/${batch.id}${q.size ? `?${q}` : ""}`;
  };
  const toWrite = batch.newRows + batch.updatedRows;
  return (
    <div className="space-y-6">
      <p><Link href="/admin/imports" className="text-brand-700 underline">{t("back")}</Link></p>
      <h1 className="text-2xl font-bold text-brand-800">{t("title", { id: batch.id, file: batch.fileName })}</h1>
      <p role="status" className="text-lg font-semibold">
        {t("summary", { total: batch.totalRows, new: n(batch.newRows), update: n(batch.updatedRows), unchanged: n(batch.unchangedRows), error: n(batch.errorRows) })}
      </p>
      {batch.warningRows > 0 && <p>{t("warnings", { count: batch.warningRows })}</p>}
      {ignoredHeaders.length > 0 && <p className="text-slate-700">{t("ignored", { list: ignoredHeaders.join(" · ") })}</p>}
      {batch.status === "IMPORTED" && batch.importedAt && (
        <p className="rounded-md border border-brand-600 bg-brand-50 p-3 font-semibold text-brand-800">
          {t("imported", { date: formatDateTime(batch.importedAt, locale), new: n(batch.newRows), update: n(batch.updatedRows), unchanged: n(batch.unchangedRows) })}
        </p>
      )}
      {batch.status === "DISCARDED" && <p className="rounded-md bg-slate-100 p-3">{t("discarded")}</p>}
      {batch.status === "PREVIEWED" && batch.errorRows > 0 && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">{t("hasErrors")}</p>
      )}
      {batch.status === "PREVIEWED" && (
        <section aria-labelledby="confirm-heading" className="space-y-3 rounded-md bg-white p-4">
          <h2 id="confirm-heading" className="text-xl font-bold">{(await getTranslations("Imports.confirm"))("heading")}</h2>
          {batch.errorRows === 0 && toWrite === 0 && <p>{(await getTranslations("Imports.confirm"))("nothingToDo")}</p>}
          <ConfirmImportForm
            confirm={confirmImportAction.bind(null, batch.id)}
            discard={discardImportAction.bind(null, batch.id)}
            progressUrl={`/${locale}/admin/imports/${batch.id}/progress`}
            rows={toWrite}
            warningRows={batch.warningRows}
            canConfirm={batch.errorRows === 0 && toWrite > 0}
          />
        </section>
      )}
      <nav aria-label={t("filter")} className="flex flex-wrap gap-3">
        <span className="font-semibold">{t("filter")} :</span>
        <Link href={href({ show: null })} aria-current={filter === null ? "page" : undefined} className="text-brand-700 underline aria-[current=page]:font-bold">{t("all")}</Link>
        {OUTCOME_FILTERS.map((f) => (
          <Link key={f} href={href({ show: f })} aria-current={filter === f ? "page" : undefined} className="text-brand-700 underline aria-[current=page]:font-bold">
            {t(`outcomes.${f}`)}
          </Link>
        ))}
      </nav>
      <p>{t("showing", { count: rows.length, total: n(matching) })} · {t("page", { page: n(page), pages: n(pages) })}</p>
      <OutcomeTable kind={batch.kind} rows={rows} locale={locale} />
      {pages > 1 && (
        <nav aria-label={t("page", { page: n(page), pages: n(pages) })} className="flex gap-4">
          {page > 1 && <Link href={href({ page: page - 1 })} className="text-brand-700 underline">{t("previous")}</Link>}
          {page < pages && <Link href={href({ page: page + 1 })} className="text-brand-700 underline">{t("next")}</Link>}
        </nav>
      )}
    </div>
  );
}
