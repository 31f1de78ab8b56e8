// Suggestions for the grant form's cooperative search: GET ?q= -> [{ value, label, detail }] as JSON, only
// cooperatives of the user's prefecture, names in the page's language.
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { listCooperativeSuggestions } from "@/lib/cooperatives/queries";

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return json({ error: "notFound" }, 404);
  const user = await getSessionUser();
  if (!user) return json({ error: "signInRequired" }, 401);
  // Like the cooperative list itself: a role that may not read records gets "not found".
  if (!can(user.role, "records.read")) return json({ error: "notFound" }, 404);
  const query = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  return json(await listCooperativeSuggestions(user, query, locale));
}
