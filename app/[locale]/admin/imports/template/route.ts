// Empty templates to fill in: the columns of a kind with headers in the chosen language and, in XLSX, a
// second sheet listing the values the reference columns accept (this prefecture's communes, partners...).
import { NextResponse, type NextRequest } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { columnsOf, headerOf, isImportKind } from "@/lib/imports/columns";
import { getTemplateValues } from "@/lib/imports/queries";
import { text, type ExportTable } from "@/lib/exports/export-table";
import { toCsv } from "@/lib/exports/csv";
import { toXlsx } from "@/lib/exports/xlsx";

export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new NextResponse(null, { status: 404 });
  const user = await getSessionUser();
  if (!user) return new NextResponse(null, { status: 401 });
  if (!can(user.role, "records.write")) return new NextResponse(null, { status: 404 });
  const search = request.nextUrl.searchParams;
  const kind = search.get("kind") ?? "";
  const lang = search.get("lang") === "fr" ? "fr" : search.get("lang") === "ar" ? "ar" : locale;
  if (!isImportKind(kind)) return new NextResponse(null, { status: 404 });
  const t = await getTranslations({ locale: lang, namespace: "Imports" });
  const columns = columnsOf(kind);
  const dir = lang === "ar" ? "rtl" : "ltr";
  const template: ExportTable = { name: t("templates.sheet"), title: t(`kinds.${kind}`), notes: [], headers: columns.map((c) => headerOf(c, lang)), rows: [], dir };
  const fileName = `indh-${kind}-template-${lang}`;
  if (search.get("format") !== "xlsx") {
    return new NextResponse(toCsv([template]), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}.csv"`, "Cache-Control": "private, no-store" },
    });
  }
  const values = await getTemplateValues(user, lang);
  const accepted = columns.flatMap((c) => {
    const key = (c.key.match(/^partner\d+$/) ? "partner" : c.key) as keyof typeof values;
    return key in values && !/^partner[2-9]/.test(c.key) ? values[key].map((v) => [text(headerOf(c, lang)), text(v)]) : [];
  });
  const valuesSheet: ExportTable = {
    name: t("templates.valuesSheet"), title: t("templates.valuesSheet"), notes: [], headers: [t("templates.column"), t("templates.value")],
    rows: accepted.map((cells) => ({ cells })), dir,
  };
  const body = await toXlsx([template, valuesSheet]);
  return new NextResponse(Buffer.from(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${fileName}.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
}
