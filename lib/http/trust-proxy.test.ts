import { describe, expect, it } from "vitest";
import { deriveClientAddress, normalizeAddress, parseTrustProxy } from "./trust-proxy";

const none = parseTrustProxy(undefined);

describe("normalizeAddress", () => {
  it("keeps IPv4 and IPv6, unmaps ::ffff:, drops ports and brackets, lowercases", () => {
    expect(normalizeAddress(" 203.0.113.5 ")).toBe("203.0.113.5");
    expect(normalizeAddress("::ffff:127.0.0.2")).toBe("127.0.0.2");
    expect(normalizeAddress("::FFFF:203.0.113.5")).toBe("203.0.113.5");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("203.0.113.5:5678")).toBe("203.0.113.5");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("[::1]")).toBe("::1");
  });

  it("refuses garbage", () => {
    for (const bad of ["", "unknown", "<script>", "999.1.1.1", "1.2.3", "1.2.3.4.5", "::ffff:999.0.0.1", "_hidden", "1.2.3.4 5.6.7.8"]) {
      expect(normalizeAddress(bad), bad).toBeNull();
    }
  });
});

describe("parseTrustProxy", () => {
  it("reads nothing, false and 0 as trusting nobody; a whole number as hops; the rest as a list", () => {
    for (const value of [undefined, "", " ", "false", "0"]) expect(parseTrustProxy(value).kind).toBe("none");
    expect(parseTrustProxy("2")).toEqual({ kind: "hops", hops: 2 });
    expect(parseTrustProxy("10.0.0.0/8, 192.168.1.7, fd00::/8, loopback").kind).toBe("list");
  });

  it("stops the server on a value it cannot understand rather than guess", () => {
    for (const bad of ["yes", "true", "10.0.0.0/33", "10.0.0.0/8/1", "fd00::/129", "proxy.example.ma", "1.2.3.4/x", "1000"]) {
      expect(() => parseTrustProxy(bad), bad).toThrow(/TRUST_PROXY/);
    }
  });
});

describe("deriveClientAddress", () => {
  it("without TRUST_PROXY is the socket, whatever X-Forwarded-For says", () => {
    expect(deriveClientAddress("::ffff:127.0.0.2", "198.51.100.7", none)).toBe("127.0.0.2");
    expect(deriveClientAddress("127.0.0.3", "198.51.100.8, 198.51.100.9", none)).toBe("127.0.0.3");
    expect(deriveClientAddress(undefined, "198.51.100.7", none)).toBe("unknown");
  });

  it("with a hop count takes the address that many hops from the socket, never further left", () => {
    const one = parseTrustProxy("1");
    expect(deriveClientAddress("10.0.0.1", "6.6.6.6, 203.0.113.5", one)).toBe("203.0.113.5");
    expect(deriveClientAddress("10.0.0.1", ["6.6.6.6", "203.0.113.5"], one)).toBe("203.0.113.5");
    expect(deriveClientAddress("10.0.0.1", "6.6.6.6, 203.0.113.5, 10.0.0.2", parseTrustProxy("2"))).toBe("203.0.113.5");
    // Fewer entries than hops: the leftmost one there is.
    expect(deriveClientAddress("10.0.0.1", "203.0.113.5", parseTrustProxy("3"))).toBe("203.0.113.5");
    // No header (a request that did not come through the proxy): the socket.
    expect(deriveClientAddress("10.0.0.1", undefined, one)).toBe("10.0.0.1");
  });

  it("with a list walks left only while the hop is one of the listed proxies, IPv6 included", () => {
    const list = parseTrustProxy("10.0.0.0/8, 2001:db8:aa::/48, loopback");
    expect(deriveClientAddress("10.1.2.3", "6.6.6.6, 203.0.113.5, 10.9.9.9", list)).toBe("203.0.113.5");
    expect(deriveClientAddress("::ffff:10.1.2.3", "2001:db8:bb::7", list)).toBe("2001:db8:bb::7");
    expect(deriveClientAddress("2001:db8:aa::1", "[2001:db8:cc::9]:1234", list)).toBe("2001:db8:cc::9");
    expect(deriveClientAddress("::1", "203.0.113.5", list)).toBe("203.0.113.5");
    // A peer that is not a listed proxy is the client, whatever it claims.
    expect(deriveClientAddress("203.0.113.99", "6.6.6.6", list)).toBe("203.0.113.99");
  });

  it("stops at garbage instead of believing it or what lies left of it", () => {
    const one = parseTrustProxy("1");
    expect(deriveClientAddress("10.0.0.1", "6.6.6.6, <script>", one)).toBe("10.0.0.1");
    expect(deriveClientAddress("10.0.0.1", "", one)).toBe("10.0.0.1");
    const list = parseTrustProxy("10.0.0.0/8");
    expect(deriveClientAddress("10.0.0.1", "6.6.6.6, unknown, 10.0.0.2", list)).toBe("10.0.0.2");
    expect(deriveClientAddress("10.0.0.1", "1.1.1.1, ".repeat(5000) + "203.0.113.5", parseTrustProxy("1"))).toBe("203.0.113.5");
  });
});
