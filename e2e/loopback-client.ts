// HTTP from a chosen loopback address (Linux routes all of 127.0.0.0/8 to this machine), so one test can be
// several clients, as the server sees them on its sockets. A browser always comes from 127.0.0.1.
import http from "node:http";

export type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };

const port = Number(process.env.E2E_PORT ?? 3100);

export function requestFrom(from: string, path: string, options: { method?: string; headers?: http.OutgoingHttpHeaders; body?: Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, method: options.method ?? "GET", localAddress: from, headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString() }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const unescapeHtml = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/**
 * Submits the sign-in form as a browser without JavaScript would (the form works without it): the page's
 * hidden fields (the server action's id and state), the email and password, as multipart form data.
 * Answers the alert shown, or the redirect and session cookie of a success.
 */
export async function signInFrom(from: string, locale: string, email: string, password: string, headers: http.OutgoingHttpHeaders = {}) {
  const page = await requestFrom(from, `/${locale}/sign-in`);
  const form = /<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/.exec(page.text)?.[1] ?? "";
  const data = new FormData();
  for (const field of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) data.append(unescapeHtml(field[1]!), unescapeHtml(field[2] ?? ""));
  data.append("email", email);
  data.append("password", password);
  const encoded = new Response(data);
  const body = Buffer.from(await encoded.arrayBuffer());
  const answer = await requestFrom(from, `/${locale}/sign-in`, {
    method: "POST",
    body,
    // A browser's POST carries its Origin; Next checks it against the host for server actions.
    headers: { origin: `http://127.0.0.1:${port}`, ...headers, "content-type": encoded.headers.get("content-type")!, "content-length": body.length },
  });
  const setCookie = answer.headers["set-cookie"] ?? [];
  return {
    status: answer.status,
    location: answer.headers.location,
    session: setCookie.some((cookie) => cookie.startsWith("indh_session=")),
    alert: /role="alert"[^>]*>([^<]*)/.exec(answer.text)?.[1],
  };
}
