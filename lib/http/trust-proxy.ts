/**
 * Who is the client? The TCP peer (the socket), unless TRUST_PROXY says that peer is a reverse proxy of
 * ours, in which case the address that proxy reported in X-Forwarded-For is believed instead, and so on
 * leftwards while the reporting hop is trusted. The leftmost entries are whatever the client typed, so they
 * are never read unless every hop to their right is trusted: rotating the header changes nothing.
 *
 * TRUST_PROXY (read once by server.ts):
 *   unset, "", "false", "0"   trust nobody: the socket address is the client (the default, and right when
 *                             clients connect to `npm start` directly)
 *   a whole number n >= 1     n reverse proxies in front (1: one nginx or load balancer): the address n hops
 *                             from the socket, counting the socket as the first
 *   addresses and CIDRs       "10.0.0.0/8, 192.168.1.7, fd00::/8, loopback": the proxies' own addresses;
 *                             hops from these are trusted, whatever their number
 */
import { BlockList, isIP } from "node:net";

export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; list: BlockList; text: string };

const LOOPBACK = ["127.0.0.0/8", "::1/128"];

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? "").trim();
  if (text === "" || text === "false" || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (!Number.isSafeInteger(hops) || hops > 100) throw new Error(`TRUST_PROXY: ${text} hops is not a sensible number of proxies`);
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  for (const entry of text.split(",").map((e) => e.trim()).filter(Boolean)) {
    for (const item of entry === "loopback" ? LOOPBACK : [entry]) addToList(list, item);
  }
  return { kind: "list", list, text };
}

// A typo must stop the server: silently trusting nobody (or everybody) would be worse than not starting.
function addToList(list: BlockList, item: string): void {
  const [base, prefix, extra] = item.split("/");
  const address = normalizeAddress(base ?? "");
  const family = address ? (isIP(address) === 6 ? "ipv6" : "ipv4") : null;
  const max = family === "ipv6" ? 128 : 32;
  if (!address || !family || extra !== undefined || (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) || Number(prefix ?? 0) > max) {
    throw new Error(`TRUST_PROXY: "${item}" is neither a hop count, an IP address, a CIDR range nor "loopback"`);
  }
  if (prefix === undefined) list.addAddress(address, family);
  else list.addSubnet(address, Number(prefix), family);
}

/**
 * One address in a canonical form, or null for anything else: "::ffff:1.2.3.4" (an IPv4 client on a
 * dual-stack socket) is "1.2.3.4", so a client has one key whichever way it connected; a port some proxies
 * append ("1.2.3.4:5678", "[::1]:80") is dropped; IPv6 is lowercased.
 */
export function normalizeAddress(raw: string): string | null {
  let text = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  text = text.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (mapped) text = mapped[1]!;
  return isIP(text) ? text : null;
}

const isTrusted = (trust: TrustProxy, address: string, hop: number): boolean => {
  if (trust.kind === "hops") return hop < trust.hops;
  if (trust.kind === "list") return trust.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
  return false;
};

/**
 * The client's address from the socket's peer and the X-Forwarded-For header(s) (Node joins repeated ones
 * with ", "). Walks from the right: while the current hop is a trusted proxy, steps to the address it
 * reported. Stops at an untrusted hop, at the end of the header, or at an entry that is not an address
 * (a proxy would not write garbage, so whoever did is not to be believed, and the hop before it stands).
 */
export function deriveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trust: TrustProxy): string {
  let current = normalizeAddress(socketAddress ?? "") ?? "unknown";
  if (trust.kind === "none" || current === "unknown") return current;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  // At most 100 entries from the right are ever looked at, so a megabyte of commas costs nothing more.
  const hops = header.split(",").slice(-100).reverse();
  for (let hop = 0; hop < hops.length && isTrusted(trust, current, hop); hop++) {
    const reported = normalizeAddress(hops[hop]!);
    if (!reported) break;
    current = reported;
  }
  return current;
}
