// Next 16's name for middleware: sends "/" to the visitor's locale (Arabic by default).
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Skip API routes, Next internals and files with an extension (favicon.ico, robots.txt...).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
