// Security headers sent with every response. Kept in one place so a test can check them.
//
// Two Content-Security-Policies:
// - Pages rendered per request (everything behind sign-in, the sign-in page, any setup page, and the public
//   pages that are not cached for everyone) get a fresh nonce from proxy.ts (lib/security/page-policy.ts):
//   `script-src 'nonce-…' 'strict-dynamic'`, so an injected <script> cannot run. Next reads the nonce from
//   the request's Content-Security-Policy header and puts it on its own scripts.
// - The shared cached pages (the public event, call and cooperative pages: one copy served to every visitor
//   by Next's cache and the page cache of server.ts; the public results, kept by the page cache) keep `script-src 'self' 'unsafe-inline'`, sent by next.config.ts for every
//   path: a nonce must be unguessable and new for every response, and a page stored once and served to
//   everyone cannot carry one. Their content is written by staff and escaped by React.
// style-src keeps 'unsafe-inline' on both: React renders style attributes (Next's built-in error pages use
//   them) that cannot carry a nonce, and a browser ignores 'unsafe-inline' as soon as a nonce is listed.
//   Styles cannot run code; the scripts are what the nonce protects.
// No third-party origin is allowed anywhere: the app loads nothing from other sites (fonts are self-hosted,
// charts are SVG). 'unsafe-eval' only in development, where React's tooling needs it.

export function contentSecurityPolicy(isProduction: boolean, nonce?: string): string {
  const evalInDevelopment = isProduction ? "" : " 'unsafe-eval'";
  return [
    "default-src 'self'",
    nonce
      ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${evalInDevelopment}`
      : `script-src 'self' 'unsafe-inline'${evalInDevelopment}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(isProduction: boolean): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(isProduction) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" }, // for browsers that predate frame-ancestors
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    // HSTS only in production: on http://localhost it would be ignored, and on a LAN address it would lock
    // browsers out of plain http for a year. INSECURE_COOKIES marks a deliberate plain-http trial.
    ...(isProduction && process.env.INSECURE_COOKIES !== "true"
      ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
      : []),
  ];
}
