import "server-only";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";

/**
 * For workspace pages: the signed-in user, or a redirect to the sign-in page. A user without the
 * permission gets a 404, as for a record outside their prefecture: the page does not exist for them.
 */
export async function requireUser(permission: Permission = "records.read"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const locale = await getLocale();
    redirect({ href: "/sign-in", locale });
    throw new Error("unreachable"); // redirect() throws; this keeps the type narrow
  }
  if (!can(user.role, permission)) notFound();
  return user;
}
