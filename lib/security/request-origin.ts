/**
 * Whether a state-changing request (a form POST to a route handler) comes from this site: the check Next
 * makes for server actions, done by hand where a route handler takes the POST.
 *
 * `Origin: null` is refused: browsers send it from sandboxed frames, `data:` pages and some redirects, all
 * places an attacker controls. A missing Origin is let through (old clients); the session cookie is
 * SameSite=Lax, so a cross-site POST carries no session anyway.
 *
 * The hosts this site answers on: the Host header and X-Forwarded-Host (a browser cannot set either for
 * another site, so they are fine to COMPARE with; never to BUILD a URL from) and PUBLIC_BASE_URL's host,
 * for a proxy that rewrites Host.
 */
import { publicBaseUrl } from "@/lib/public-base-url";

export function isSameSiteRequest(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  const originHost = hostOf(origin);
  if (originHost === null) return false; // "null", or anything that is not a URL
  const ownHosts = [headers.get("host"), headers.get("x-forwarded-host")?.split(",")[0]?.trim(), hostOf(publicBaseUrl())];
  return ownHosts.some((host) => host && host.toLowerCase() === originHost);
}

/** The host of a URL (lower case, port kept), or null when it is not an http(s) URL. */
function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.host : null;
  } catch {
    return null;
  }
}
