// The empty commune spreadsheet (CSV, UTF-8) with headers in the chosen language; a national admin's has
// the prefecture column first.
import { NextResponse, type NextRequest } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { headerOf } from "@/lib/imports/columns";
import { communeColumnsFor } from "@/lib/territory/import-columns";
import { toCsv } from "@/lib/exports/csv";

export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new NextResponse(null, { status: 404 });
  const user = await getSessionUser();
  if (!user) return new NextResponse(null, { status: 401 });
  if (!can(user.role, "reference.write")) return new NextResponse(null, { status: 404 });
  const lang = request.nextUrl.searchParams.get("lang") === "fr" ? "fr" : request.nextUrl.searchParams.get("lang") === "ar" ? "ar" : locale;
  const t = await getTranslations({ locale: lang, namespace: "Territory.import" });
  const columns = communeColumnsFor(user.isNational);
  const body = toCsv([{ name: t("title"), title: t("title"), notes: [], headers: columns.map((c) => headerOf(c, lang)), rows: [], dir: lang === "ar" ? "rtl" : "ltr" }]);
  return new NextResponse(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="indh-communes-template-${lang}.csv"`, "Cache-Control": "private, no-store" },
  });
}
