/**
 * For the page cache's tests: a real HTTP server on a free port for the test file (started before its tests,
 * closed after), wired by each file as server.ts wires Next, and raw requests to it (fetch would add
 * Accept-Encoding and decompress on its own).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

export function serveForTests(handler: http.RequestListener): (path: string, headers?: http.OutgoingHttpHeaders, method?: string) => Promise<RawAnswer> {
  const server = http.createServer(handler);
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (path, headers = {}, method = "GET") =>
    new Promise<RawAnswer>((resolve, reject) => {
      const req = http.request(base + path, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });
}
