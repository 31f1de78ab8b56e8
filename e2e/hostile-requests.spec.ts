import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";

// Findings 1 and 6 through the production server (server.ts, as `npm start` runs it).

const MESSAGES = {
  ar: { malformed: "عنوان الصفحة غير صالح", unexpected: "أُرسل هذا النموذج بحقول ليست منه", changePassword: "تغيير كلمة المرور" },
  fr: { malformed: "L'adresse de la page n'est pas valide", unexpected: "Ce formulaire a été envoyé avec des champs qu'il ne contient pas", changePassword: "Changer le mot de passe" },
} as const;

test("a broken percent-escape in the address answers 400 with a message, not 500", async ({ request, appLocale }) => {
  for (const path of [`/${appLocale}/events/%E0%A4%A`, `/${appLocale}/%`, `/${appLocale}/admin/imports/%ZZ`, "/%"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain(path === "/%" ? MESSAGES.ar.malformed : MESSAGES[appLocale].malformed);
  }
  const api = await request.get("/api/v1/events/%E0%A4%A");
  expect(api.status()).toBe(400);
  expect(((await api.json()) as { error: { code: string } }).error.code).toBe("malformedPath");
  // A well-formed escape is still routed: an unknown event is a 404, the events page answers.
  expect((await request.get(`/${appLocale}/events/%D8%A7`)).status()).toBe(404);
  expect((await request.get(`/${appLocale}/events?q=%E0%A4%A`)).status()).toBe(200);
});

test("prototype-polluting field names sent by an auditor are refused and every page still answers", async ({ page, request, appLocale }) => {
  await signIn(page, appLocale, DEMO.auditor);
  await page.goto(`/${appLocale}/admin/account`);
  // Fields no form of the app has, added as a crafted request would send them. Before the fix, the first
  // replaced Object.prototype.toString for the whole process: every page answered 500 until a restart.
  await page.locator("form").filter({ has: page.locator('input[name="currentPassword"]') }).evaluate((form) => {
    for (const name of ["constructor.prototype.toString", "__proto__.polluted", "constructor.prototype.polluted"]) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = "polluted";
      form.append(input);
    }
  });
  await page.locator('input[name="currentPassword"]').fill(DEMO.auditor.password);
  const next = randomBytes(12).toString("base64url");
  await page.locator('input[name="newPassword"]').fill(next);
  await page.locator('input[name="confirmPassword"]').fill(next);
  await page.getByRole("button", { name: MESSAGES[appLocale].changePassword }).click();
  await expect(page.getByText(MESSAGES[appLocale].unexpected)).toBeVisible();
  for (const path of [`/${appLocale}`, `/${appLocale}/events`, "/api/v1/events", `/${appLocale}/sign-in`]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  // The password did not change: the auditor signs in with the old one.
  await page.context().clearCookies();
  await signIn(page, appLocale, DEMO.auditor);
});
