import { execFileSync } from "node:child_process";
import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";

type Account = { email: string; password: string };

/** Two people, each in their own browser context (own cookies), signed in. */
async function twoPeople(browser: Browser, baseURL: string | undefined, locale: "ar" | "fr", first: Account, second: Account) {
  const contexts = [await browser.newContext({ baseURL, locale: `${locale}-MA` }), await browser.newContext({ baseURL, locale: `${locale}-MA` })];
  const pages = [await contexts[0]!.newPage(), await contexts[1]!.newPage()] as const;
  await signIn(pages[0], locale, first);
  await signIn(pages[1], locale, second);
  return { pages, close: () => Promise.all(contexts.map((context) => context.close())) };
}

const T = {
  ar: { save: "حفظ المشروع", conflict: "عدّل مستخدم آخر هذا السجل", publish: "نشر في البيانات المفتوحة", elsewhere: "القيم المحفوظة مطابقة لقيمكم" },
  fr: { save: "Enregistrer le projet", conflict: "Un autre utilisateur a modifié cet enregistrement", publish: "Rendre public", elsewhere: "Les valeurs enregistrées sont identiques aux vôtres" },
} as const;

// Two people open the same grant. The first save wins; the second is refused, told what the other person
// changed, and keeps everything they typed; saving again then applies their version knowingly.
test("a second save over a newer version is refused and nothing typed is lost", async ({ browser, appLocale, baseURL }) => {
  const t = T[appLocale];
  const grantId = appLocale === "ar" ? 1 : 2; // one demo grant per project, so the two runs never meet
  const people = await twoPeople(browser, baseURL, appLocale, DEMO.staff, DEMO.admin);
  const [alice, bob] = people.pages;
  const edit = `/${appLocale}/admin/grants/${grantId}/edit`;
  await alice.goto(edit);
  await bob.goto(edit);

  await alice.locator('[name="titleFr"]').fill("Version d'Alice");
  await alice.getByRole("button", { name: t.save }).click();
  await alice.waitForURL(new RegExp(`/admin/grants/${grantId}$`));

  await bob.locator('[name="titleFr"]').fill("Version de Bob");
  await bob.locator('[name="titleAr"]').fill("عنوان بوب");
  await bob.getByRole("button", { name: t.save }).click();
  const conflict = bob.getByTestId("conflict");
  await expect(conflict).toContainText(t.conflict);
  await expect(conflict).toContainText("Version d'Alice");
  await expect(conflict).toContainText("Version de Bob");
  await expect(bob).toHaveURL(new RegExp(`${edit}$`));
  await expect(bob.locator('[name="titleFr"]')).toHaveValue("Version de Bob");
  await expect(bob.locator('[name="titleAr"]')).toHaveValue("عنوان بوب");

  // Alice's save is intact until Bob confirms his own.
  await alice.reload();
  await expect(alice.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(alice.getByText("Version d'Alice").first()).toBeVisible();

  await bob.getByRole("button", { name: t.save }).click();
  await bob.waitForURL(new RegExp(`/admin/grants/${grantId}$`));
  await expect(bob.getByText("Version de Bob").first()).toBeVisible();
  await people.close();
});

// An administrator publishes the grant as open data while a staff member has its form open: publishing is
// a write (it bumps the version), so the staff save is refused, though every value of the form equals the
// stored one. The conflict says so instead of showing an empty list, and saving again goes through.
test("a save after the grant was published elsewhere says the stored values equal the form's", async ({ browser, appLocale, baseURL }) => {
  const t = T[appLocale];
  const grantId = appLocale === "ar" ? 3 : 4;
  // A demonstration grant can never be published: this one becomes a real record first.
  execFileSync("node_modules/.bin/tsx", ["e2e/support/real-grant.ts", String(grantId)], { env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL } });
  const people = await twoPeople(browser, baseURL, appLocale, DEMO.staff, DEMO.admin);
  const [staff, admin] = people.pages;
  const edit = `/${appLocale}/admin/grants/${grantId}/edit`;
  await staff.goto(edit);

  await admin.goto(`/${appLocale}/admin/grants/${grantId}`);
  await admin.getByRole("button", { name: t.publish }).click();
  await expect(admin.getByRole("button", { name: t.publish })).toHaveCount(0);

  const title = await staff.locator('[name="titleFr"]').inputValue();
  await staff.getByRole("button", { name: t.save }).click();
  const conflict = staff.getByTestId("conflict");
  await expect(conflict).toContainText(t.conflict);
  await expect(conflict).toContainText(t.elsewhere);
  await expect(conflict.getByRole("table")).toHaveCount(0);
  await expect(staff.locator('[name="titleFr"]')).toHaveValue(title);

  await staff.getByRole("button", { name: t.save }).click();
  await staff.waitForURL(new RegExp(`/admin/grants/${grantId}$`));
  await expect(staff.getByText(title).first()).toBeVisible();
  await people.close();
});
