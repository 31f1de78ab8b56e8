// The stamp server.ts puts on each request, through a real HTTP server and real sockets from distinct
// loopback addresses (Linux routes all of 127.0.0.0/8 to the loopback interface).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, clientAddressStamper, trustClientAddressHeader } from "./client-address";

let server: http.Server | undefined;

afterEach(async () => {
  trustClientAddressHeader(false);
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** A server that stamps like server.ts and answers with the address the app would then read. */
async function serve(trustProxy: string | undefined): Promise<number> {
  const stamp = clientAddressStamper(trustProxy);
  server = http.createServer((req, res) => {
    stamp(req);
    res.end(clientAddressOf(new Headers(req.headers as Record<string, string>)));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server!.address() as AddressInfo).port;
}

function get(port: number, from: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, localAddress: from, headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(body));
    });
    req.on("error", reject);
  });
}

describe("clientAddressStamper", () => {
  it("without TRUST_PROXY keys on the socket: forged headers change nothing, two clients stay two", async () => {
    const port = await serve(undefined);
    expect(await get(port, "127.0.0.2", { "x-forwarded-for": "198.51.100.1", [CLIENT_ADDRESS_HEADER]: "198.51.100.2" })).toBe("127.0.0.2");
    expect(await get(port, "127.0.0.2", { "x-forwarded-for": "198.51.100.3" })).toBe("127.0.0.2");
    expect(await get(port, "127.0.0.3")).toBe("127.0.0.3");
  });

  it("with TRUST_PROXY=1 believes the hop the proxy appended, and only that one", async () => {
    const port = await serve("1");
    expect(await get(port, "127.0.0.2", { "x-forwarded-for": "6.6.6.6, 203.0.113.5" })).toBe("203.0.113.5");
    expect(await get(port, "127.0.0.2")).toBe("127.0.0.2");
  });

  it("with a list of proxies believes only requests coming from them", async () => {
    const port = await serve("127.0.0.2");
    expect(await get(port, "127.0.0.2", { "x-forwarded-for": "203.0.113.5" })).toBe("203.0.113.5");
    expect(await get(port, "127.0.0.3", { "x-forwarded-for": "203.0.113.5" })).toBe("127.0.0.3");
  });

  it("refuses to start on a TRUST_PROXY it cannot read", () => {
    expect(() => clientAddressStamper("yes")).toThrow(/TRUST_PROXY/);
  });
});
