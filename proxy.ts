// Next 16's name for middleware: sends "/" to the visitor's locale (Arabic by default), and gives every page
// rendered per request its own nonce-based Content-Security-Policy (lib/security/page-policy.ts).
import type { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { applyPagePolicy } from "@/lib/security/page-policy";

const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  // Before next-intl runs: it passes a copy of these request headers on to the page.
  const policy = applyPagePolicy(request.nextUrl.pathname, request.headers, process.env.NODE_ENV === "production");
  const response = handleI18nRouting(request);
  if (policy) response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Skip API routes, Next internals and files with an extension (favicon.ico, robots.txt...).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
