import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import type { Dialog, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";

// Forms that help (issue 12): the error summary that takes the focus, the unsaved-changes question, the
// "saved" notice, the event form's helpers, and the 403 page of read-only roles. In both languages.

type Messages = Record<string, Record<string, unknown>>;
const messages = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Messages;
const text = (m: Messages, path: string) => path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m) as string;
const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
/** Waits until the unsaved-changes guard watches the page's form: typing before that is no edit it can see. */
const guardListening = (page: Page) => expect(page.locator("form[data-unsaved-guard]")).toHaveCount(1);

/** Records every dialog; answers them with `answer` (accept or dismiss). */
function dialogs(page: Page, answer: "accept" | "dismiss") {
  const seen: Dialog[] = [];
  const handler = async (dialog: Dialog) => {
    seen.push(dialog);
    await (answer === "accept" ? dialog.accept() : dialog.dismiss());
  };
  page.on("dialog", handler);
  return { seen, stop: () => page.off("dialog", handler) };
}

// axe and a production server on a shared 2-core machine: generous time per test.
test.describe.configure({ timeout: 120_000 });

test.describe("forms that help", () => {
  test("a refused save moves the focus to a summary whose links focus each field", async ({ page, appLocale, checkA11y }) => {
    const m = messages(appLocale);
    await signIn(page, appLocale, DEMO.staff);
    await page.goto(`/${appLocale}/admin/organisations/new`);
    await field(page, "nameAr").fill("هيئة للتجربة");
    await page.getByRole("button", { name: text(m, "Organisations.create") }).click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(text(m, "Validation.fixErrors"));
    const code = summary.getByRole("link", { name: new RegExp(`^${text(m, "Organisations.fields.code")}:`) });
    const kind = summary.getByRole("link", { name: new RegExp(`^${text(m, "Organisations.fields.kind")}:`) });
    await expect(summary.getByRole("link")).toHaveCount(3); // code, kind, French name; the Arabic name was typed
    await code.click();
    await expect(field(page, "code")).toBeFocused();
    await kind.click();
    await expect(field(page, "kind")).toBeFocused();
    await expect(field(page, "nameAr")).toHaveValue("هيئة للتجربة"); // nothing typed is lost
    await checkA11y();
  });

  test("leaving with unsaved input asks first; nothing changed or saved asks nothing", async ({ page, appLocale }) => {
    const m = messages(appLocale);
    await signIn(page, appLocale, DEMO.staff);
    await page.goto(`/${appLocale}/admin/organisations/new`);
    const nav = page.getByRole("navigation").getByRole("link", { name: text(m, "Admin.cooperatives"), exact: true });

    // Untouched form: no question.
    const none = dialogs(page, "dismiss");
    await nav.click();
    await page.waitForURL(new RegExp(`/${appLocale}/admin/cooperatives$`));
    expect(none.seen).toHaveLength(0);
    none.stop();

    await page.goto(`/${appLocale}/admin/organisations/new`);
    await guardListening(page);
    await field(page, "nameFr").fill("Organisme non enregistré");
    // A link: refused, the page and the input stay.
    const refuse = dialogs(page, "dismiss");
    await nav.click();
    await expect.poll(() => refuse.seen.length).toBe(1);
    expect(refuse.seen[0]!.type()).toBe("confirm");
    expect(refuse.seen[0]!.message()).toBe(text(m, "FormHelp.unsavedPrompt"));
    // The language switch asks the same.
    await page.locator(`a[hreflang="${appLocale === "ar" ? "fr" : "ar"}"]`).click();
    await expect.poll(() => refuse.seen.length).toBe(2);
    // The browser's back button too.
    await page.evaluate(() => history.back()); // page.goBack() would wait for a navigation that is refused
    await expect.poll(() => refuse.seen.length).toBe(3);
    await expect(page).toHaveURL(new RegExp(`/${appLocale}/admin/organisations/new$`));
    await expect(field(page, "nameFr")).toHaveValue("Organisme non enregistré");
    // Changed back to what it was: nothing to lose, no question.
    await field(page, "nameFr").fill("");
    await nav.click();
    await page.waitForURL(new RegExp(`/${appLocale}/admin/cooperatives$`));
    expect(refuse.seen).toHaveLength(3);
    refuse.stop();

    // Accepted: the language switch goes to the other language.
    await page.goto(`/${appLocale}/admin/organisations/new`);
    await guardListening(page);
    await field(page, "acronym").fill("ONE");
    const accept = dialogs(page, "accept");
    const other = appLocale === "ar" ? "fr" : "ar";
    await page.locator(`a[hreflang="${other}"]`).click();
    await page.waitForURL(new RegExp(`/${other}/admin/organisations/new$`));
    expect(accept.seen).toHaveLength(1);
    accept.stop();

    // Closing the tab asks through the browser's own beforeunload dialog.
    await guardListening(page);
    await field(page, "acronym").fill("TWO");
    const closing = dialogs(page, "accept");
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => closing.seen.map((d) => d.type())).toEqual(["beforeunload"]);
  });

  test("a saved record says so, once, and saving asks nothing", async ({ page, appLocale, checkA11y }) => {
    const m = messages(appLocale);
    const run = randomBytes(3).toString("hex").toUpperCase();
    await signIn(page, appLocale, DEMO.staff);
    await page.goto(`/${appLocale}/admin/organisations/new`);
    const seen = dialogs(page, "dismiss");
    await field(page, "code").fill(`UX-${appLocale}-${run}`);
    await field(page, "kind").selectOption("ASSOCIATION");
    await field(page, "nameAr").fill(`جمعية التجربة ${run}`);
    await field(page, "nameFr").fill(`Association d'essai ${run}`);
    await page.getByRole("button", { name: text(m, "Organisations.create") }).click();
    await page.waitForURL(new RegExp(`/${appLocale}/admin/organisations/\\d+$`));
    await expect(page.getByRole("status").filter({ hasText: text(m, "FormHelp.saved") })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(appLocale === "ar" ? `جمعية التجربة ${run}` : `Association d'essai ${run}`);
    await checkA11y();
    // Leaving the saved record's page asks nothing; coming back, the notice is gone.
    await page.getByRole("navigation").getByRole("link", { name: text(m, "Admin.organisations"), exact: true }).click();
    await page.waitForURL(new RegExp(`/${appLocale}/admin/organisations$`));
    await page.goBack();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(text(m, "FormHelp.saved"))).toHaveCount(0);
    expect(seen.seen).toHaveLength(0);
  });

  test("event form: slug from the title, partner search by kind, a real add-a-presentation button", async ({ page, appLocale, checkA11y }) => {
    const m = messages(appLocale);
    await signIn(page, appLocale, DEMO.staff);
    await page.goto(`/${appLocale}/admin/events/new`);
    await field(page, "titleAr").fill("يوم التعاونيات");
    await expect(field(page, "slug")).toHaveValue("youm-al-taaouniat");
    await field(page, "titleFr").fill("Journée des coopératives à Tanger");
    await expect(field(page, "slug")).toHaveValue("journee-des-cooperatives-a-tanger");
    // Written by the user: the titles no longer change it; the button proposes again on demand.
    await field(page, "slug").fill("mon-adresse");
    await field(page, "titleFr").fill("Forum régional");
    await expect(field(page, "slug")).toHaveValue("mon-adresse");
    await page.getByRole("button", { name: text(m, "FormHelp.suggestSlug") }).click();
    await expect(field(page, "slug")).toHaveValue("forum-regional");

    // Partners: grouped by kind of organisation, filtered by a search; a ticked box survives the filter.
    const partners = page.getByRole("group", { name: text(m, "AdminEvents.form.partners"), exact: true });
    await expect(partners.getByRole("group", { name: text(m, "Organisations.kinds.PREFECTURE") })).toBeVisible();
    await partners.getByRole("checkbox").first().check();
    await expect(page.getByTestId("partners-chosen")).toHaveText(appLocale === "ar" ? "شريك واحد مختار" : "1 partenaire choisi");
    const search = partners.getByRole("searchbox", { name: text(m, "FormHelp.partnerSearch") });
    await search.fill("ODCO");
    await expect(partners.getByRole("checkbox")).toHaveCount(1);
    await search.fill("zzzz");
    await expect(partners.getByText(text(m, "FormHelp.partnerNoMatch"))).toBeVisible();
    await search.fill("");
    await expect(partners.getByRole("checkbox").first()).toBeChecked();

    // Add a presentation: a second row appears at once, the focus in its first field; Preview stays Preview.
    await expect(field(page, "presentations.1.titleAr")).toHaveCount(0);
    await page.getByRole("button", { name: text(m, "FormHelp.addPresentation") }).click();
    await expect(field(page, "presentations.1.titleAr")).toBeFocused();
    await expect(page.getByText(text(m, "AdminEvents.form.previewNote"))).toHaveCount(0); // nothing was sent
    await checkA11y();
  });

  test("the delete box is folded behind a button", async ({ page, appLocale, checkA11y }) => {
    const m = messages(appLocale);
    await signIn(page, appLocale, DEMO.staff);
    await page.goto(`/${appLocale}/admin/events/1`);
    const reason = page.getByRole("textbox", { name: text(m, "Delete.reason") });
    await expect(reason).toBeHidden();
    await page.getByText(text(m, "FormHelp.deleteOpen")).click();
    await expect(reason).toBeVisible();
    // Refused without the confirmation: the summary says why, nothing is deleted.
    await reason.fill("essai");
    await page.getByRole("button", { name: text(m, "Delete.submit"), exact: true }).click();
    await expect(page.getByTestId("error-summary")).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`/${appLocale}/admin/events/1$`));
    await checkA11y();
  });
});

test.describe("read-only roles", () => {
  test.use({ expectedConsoleErrors: [/status of 40[34]/] });

  test("a manager gets a 403 page on write pages; another prefecture's record stays 404", async ({ page, appLocale, checkA11y }) => {
    const m = messages(appLocale);
    const otherId = execFileSync("node_modules/.bin/tsx", ["e2e/support/other-prefecture-record.ts"], {
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
      encoding: "utf8",
    }).trim();
    await signIn(page, appLocale, DEMO.manager);
    for (const path of ["/admin/grants/new", "/admin/cooperatives/1/edit", "/admin/imports", "/admin/users"]) {
      const response = await page.goto(`/${appLocale}${path}`);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(text(m, "Forbidden.title"));
    }
    await expect(page.getByText(text(m, "Forbidden.body"))).toBeVisible();
    await checkA11y();
    await page.getByRole("link", { name: text(m, "Forbidden.back") }).click();
    await page.waitForURL(new RegExp(`/${appLocale}/admin$`));

    expect((await page.goto(`/${appLocale}/admin/organisations/${otherId}`))?.status()).toBe(404);
    expect((await page.goto(`/${appLocale}/admin/organisations/1`))?.status()).toBe(200);
  });
});
