/**
 * The site's public address (PUBLIC_BASE_URL) without a trailing slash, for absolute links: canonical and
 * share links, schema.org data, calendar files, open-data packages. `https://indh.example/` and
 * `https://indh.example` give the same links (not `//ar/...`). Unset, it is the local server on the port it
 * listens on (PORT, as `npm start` and server.ts read it), so `PORT=3005 npm start` links to :3005, not :3000.
 */
export function publicBaseUrl(): string {
  const configured = process.env.PUBLIC_BASE_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${listeningPort()}`;
}

/** PORT when it is a port number, else 3000 (the default of scripts/start.sh and server.ts). */
function listeningPort(): number {
  const port = Number(process.env.PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : 3000;
}
