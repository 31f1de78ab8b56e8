import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";

// The production server's security headers on a public page, a workspace page and an API answer, and
// the session cookie's flags. Every other spec fails on a console error, so a page the CSP broke would
// show there too.
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
