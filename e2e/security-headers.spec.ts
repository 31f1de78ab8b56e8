import http from "node:http";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";

// The production server's security headers on a public page, a workspace page and an API answer, and
// the session cookie's flags. Every other spec fails on a console error, so a page the CSP broke would
// show there too.
test.skip(({ appLocale }) => appLocale === "fr", "Arabic only: headers, nonces and the session cookie are the same for every language");

test("pages and API answers carry the security headers", async ({ request, appLocale }) => {
  for (const path of [`/${appLocale}`, `/${appLocale}/events`, "/api/v1/events", `/${appLocale}/sign-in`]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(response.status(), path).toBe(200);
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("the session cookie is HttpOnly, SameSite=Lax and Secure", async ({ page, appLocale }) => {
  await signIn(page, appLocale, DEMO.manager);
  const session = (await page.context().cookies()).find((c) => c.name === "indh_session");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true });
});

const scriptSrc = (policy: string | undefined) => policy?.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
const EVENT = "events/cooperatives-day-tanger-2025"; // the seeded article: a page cached for everyone

test("every page rendered per request gets its own script nonce; the cached event page keeps the shared policy", async ({ page, request, appLocale }) => {
  await signIn(page, appLocale, DEMO.manager);
  const signedIn = page.request; // carries the session cookie
  const nonces = new Set<string>();
  for (const [path, client] of [["sign-in", request], ["sign-in", request], ["calls/appel-2026-economie-sociale-tanger/apply", request], ["admin", signedIn], ["admin/grants", signedIn], ["admin/dashboard", signedIn]] as const) {
    const response = await client.get(`/${appLocale}/${path}`);
    expect(response.status(), path).toBe(200);
    const policy = scriptSrc(response.headers()["content-security-policy"]);
    expect(policy, path).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{22,}' 'strict-dynamic'$/);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? "";
    nonces.add(nonce);
    // Next put the nonce on every script of the page, or the browser would refuse to run them.
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const script of scripts) expect(script, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size, "a new nonce for every response").toBe(6);

  // A nonce the client sends itself is replaced, never used.
  const forged = await request.get(`/${appLocale}/sign-in`, { headers: { "content-security-policy": "script-src 'nonce-chosenbyclient'" } });
  expect(await forged.text()).not.toContain("chosenbyclient");
  // The public event page is one copy for every visitor: no nonce can be in it (lib/security/headers.ts).
  const event = await request.get(`/${appLocale}/${EVENT}`, { headers: { "content-security-policy": "script-src 'nonce-chosenbyclient'" } });
  expect(scriptSrc(event.headers()["content-security-policy"])).toBe("script-src 'self' 'unsafe-inline'");
  expect(await event.text()).not.toContain("chosenbyclient");
});

test.describe("a script injected into a page behind sign-in", () => {
  // Chromium reports the blocked script; only that message is expected (any other still fails the test).
  test.use({ expectedConsoleErrors: [/^Executing inline script violates the following Content Security Policy directive/] });

  test("does not run, while the page's own scripts do", async ({ page, appLocale }) => {
    await signIn(page, appLocale, DEMO.manager);
    // As stored cross-site scripting would: an inline script in the HTML the server sends.
    await page.route(`**/${appLocale}/admin/grants`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<body([^>]*)>/, "<body$1><script>window.__injected = true</script>");
      await route.fulfill({ response, body: html });
    });
    const violations = await watchViolations(page);
    await page.goto(`/${appLocale}/admin/grants`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(await violations()).toContain("script-src-elem");
    // React took over the page (its scripts carried the nonce): a client-side link navigates without a reload.
    await page.evaluate(() => ((window as { __samePage?: boolean }).__samePage = true));
    await page.locator(`a[href="/${appLocale}/admin/dashboard"]`).first().click();
    await page.waitForURL(new RegExp(`/${appLocale}/admin/dashboard`));
    expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true);
  });
});

/** The CSP directives the page violated so far. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { __violations?: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(event.effectiveDirective));
  });
  return () => page.evaluate(() => (window as { __violations?: string[] }).__violations ?? []);
}

// Raw requests: Playwright's request context chooses the Host header itself.
function rawGet(path: string, headers: http.OutgoingHttpHeaders) {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise<{ headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: base.hostname, port: base.port, path, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("a forged Host never reaches the copy of a page kept for everyone", async ({ appLocale }) => {
  const path = `/${appLocale}/${EVENT}`;
  const forgedHeaders = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "gopher" };
  // Another spec may have left a copy in the page cache: wait until it expires (10 s at most), so the forged
  // request is the one whose answer is kept.
  let forged: Awaited<ReturnType<typeof rawGet>> | undefined;
  await expect.poll(async () => (forged = await rawGet(path, forgedHeaders)).headers["x-page-cache"], { timeout: 12_000 }).toBeUndefined();
  expect(JSON.stringify(forged!.headers) + forged!.body).not.toMatch(/evil\.example|gopher/);

  const later = await rawGet(path, {});
  expect(later.headers["x-page-cache"]).toBe("HIT");
  expect(later.body).toContain("</html>");
  expect(JSON.stringify(later.headers) + later.body).not.toMatch(/evil\.example|gopher/);
});
