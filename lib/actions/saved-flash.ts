import "server-only";
import { cookies } from "next/headers";
import { redirect } from "@/lib/i18n/navigation";
import { SAVED_COOKIE, savedPathOf } from "@/lib/actions/saved-cookie";

/**
 * After a successful save: to the saved record's page, which then says it was saved (role=status). The
 * cookie names the page, lives two minutes and is not secret (the page's script reads and clears it).
 */
export async function redirectSaved(href: string, locale: string): Promise<never> {
  (await cookies()).set(SAVED_COOKIE, savedPathOf(href), {
    path: "/",
    maxAge: 120,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "true",
  });
  redirect({ href, locale });
  throw new Error("unreachable"); // redirect() throws
}
