/**
 * Sends a public page without Next's and React's scripts (./script-free.ts): Next renders the page as usual
 * into a buffer, and the whole document is rewritten, compressed when the visitor accepts it, and sent in one
 * piece. Public pages are small (10-60 kB of HTML once rewritten) and most are served from the page cache,
 * which keeps the rewritten copy (server.ts installs this after passThroughAndStore, so what is stored is
 * what was sent).
 *
 * Only a 200 HTML answer built the way Next builds its pages (headers set one by one, then written) is
 * rewritten. Anything else (a redirect, a 304, a 404 page, an answer Next sends with writeHead) goes through
 * untouched, as it would without this.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { acceptsGzip, chunkBytes, withAcceptEncoding } from "./http";

type Rewrite = (html: string) => string | null;
type Mode = "undecided" | "buffer" | "through";

export function rewriteHtmlAnswer(req: IncomingMessage, res: ServerResponse, rewrite: Rewrite): void {
  const gzip = acceptsGzip(req);
  // Next then answers uncompressed, so that the page can be read; it is compressed here once rewritten.
  delete req.headers["accept-encoding"];
  const write = res.write;
  const end = res.end;
  const writeHead = res.writeHead;
  const flushHeaders = res.flushHeaders;
  const chunks: Buffer[] = [];
  let mode: Mode = "undecided";

  const decide = (): Mode => {
    if (mode !== "undecided") return mode;
    const type = String(res.getHeader("content-type") ?? "");
    const encoded = res.getHeader("content-encoding") !== undefined;
    mode = res.statusCode === 200 && type.startsWith("text/html") && !encoded ? "buffer" : "through";
    return mode;
  };
  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(chunkBytes(chunk, encoding));
  };
  const callbackOf = (args: unknown[]) => args.find((arg): arg is () => void => typeof arg === "function");

  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    // Headers given here are Next's own, committed as they are. A bare status is the implicit header of a
    // first write (Next's compression middleware writes it so): the headers are final, and go with the page.
    if (mode === "undecided" && args.length > 1) mode = "through";
    if (decide() === "buffer") return this;
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.writeHead;
  res.flushHeaders = function (this: ServerResponse) {
    // Next flushes the headers right before its first chunk, which decides; they go out with it.
    if (mode === "through") flushHeaders.call(this);
  };
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (decide() === "through") return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    collect(chunk, rest[0]);
    callbackOf(rest)?.();
    return true;
  } as typeof res.write;
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (decide() === "through") return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    collect(chunk, rest[0]);
    const html = Buffer.concat(chunks).toString("utf8");
    let body = Buffer.from(rewrite(html) ?? html, "utf8");
    if (gzip) {
      body = gzipSync(body);
      this.setHeader("content-encoding", "gzip");
    }
    this.setHeader("vary", withAcceptEncoding(this.getHeader("vary") as string | string[] | undefined));
    this.setHeader("content-length", body.length);
    mode = "through"; // the headers and the page now go out as one: Node's own writeHead must run
    return (end as (...a: unknown[]) => ServerResponse).call(this, body, callbackOf(rest));
  } as typeof res.end;
}
