/**
 * The site's public address (PUBLIC_BASE_URL) without a trailing slash, for absolute links: canonical and
 * share links, schema.org data, calendar files, open-data packages. `https://indh.example/` and
 * `https://indh.example` give the same links (not `//ar/...`).
 */
export function publicBaseUrl(): string {
  return (process.env.PUBLIC_BASE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}
