import "server-only";
import { forbidden } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";

/**
 * For workspace pages: the signed-in user, or a redirect to the sign-in page. A user whose role lacks the
 * permission gets a 403 page that says so (app/[locale]/forbidden.tsx): the page exists, their role may
 * not use it. A record outside their prefecture stays a 404 (the page's own lookup): that it exists is
 * not theirs to know.
 */
export async function requireUser(permission: Permission = "records.read"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const locale = await getLocale();
    redirect({ href: "/sign-in", locale });
    throw new Error("unreachable"); // redirect() throws; this keeps the type narrow
  }
  if (!can(user.role, permission)) forbidden();
  return user;
}
