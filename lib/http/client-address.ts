/**
 * The client address the app's rate limits key on (sign-in throttling, public API).
 *
 * Only server.ts sees the socket, so it works the address out (lib/http/trust-proxy.ts) and hands it to Next
 * in CLIENT_ADDRESS_HEADER, always replacing any copy the client sent. The app believes that header only
 * when server.ts said it is in front (a flag on a global: server.ts and the app's bundled code are separate
 * module instances in one process, as lib/page-cache/forget.ts explains). Under `next dev` or a bare
 * `next start` nobody stamps the header and a client could forge it, so every request then counts as the
 * one address "unknown": limits still hold, shared by all, and nothing a client sends can dodge them.
 */
import type { IncomingMessage } from "node:http";
import { deriveClientAddress, normalizeAddress, parseTrustProxy, type TrustProxy } from "@/lib/http/trust-proxy";

export const CLIENT_ADDRESS_HEADER = "x-indh-client-address";
export const UNKNOWN_CLIENT_ADDRESS = "unknown";

const STAMPED = Symbol.for("indh.clientAddressStamped");
type WithFlag = typeof globalThis & { [STAMPED]?: boolean };

/** Declares that every request reaching the app carries a client address written by server.ts (or a test). */
export function trustClientAddressHeader(trusted = true): void {
  (globalThis as WithFlag)[STAMPED] = trusted;
}

/**
 * server.ts: returns the per-request stamp for TRUST_PROXY (read once; a bad value throws at start), and
 * declares the header trustworthy.
 */
export function clientAddressStamper(trustProxy: string | undefined = process.env.TRUST_PROXY): (req: IncomingMessage) => void {
  const trust: TrustProxy = parseTrustProxy(trustProxy);
  trustClientAddressHeader();
  return (req) => {
    req.headers[CLIENT_ADDRESS_HEADER] = deriveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trust);
  };
}

/** The address of this request as the app should count it (see the comment at the top). */
export function clientAddressOf(headers: Headers): string {
  if (!(globalThis as WithFlag)[STAMPED]) return UNKNOWN_CLIENT_ADDRESS;
  return normalizeAddress(headers.get(CLIENT_ADDRESS_HEADER) ?? "") ?? UNKNOWN_CLIENT_ADDRESS;
}
