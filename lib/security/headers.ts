// Security headers sent with every response (next.config.ts). Kept in one place so a test can check them.
//
// script-src needs 'unsafe-inline': Next inlines the React Server Components payload in <script> tags,
// and a nonce would make every page dynamic (the public pages are cached). No third-party origin is
// allowed anywhere: the app loads nothing from other sites (fonts are self-hosted, charts are SVG).
// 'unsafe-eval' only in development, where React's tooling needs it.

export function contentSecurityPolicy(isProduction: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`,
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
