import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { formatMoney } from "@/lib/format/money";

// Issue 12, "History that people can read": staff edit a grant's partner and amounts; an auditor finds the
// edit by record, user, action and period, reads it in words (the form's labels, MAD, the partners' names)
// and downloads the filtered trail as CSV and XLSX, which say the same.
const T = {
  ar: {
    save: "حفظ المشروع", totalCost: "الكلفة الإجمالية", partners: "مساهمات الشركاء", added: "أضيف", removed: "حُذف", update: "تعديل",
    filter: "تصفية", csv: "تنزيل السجل المصفّى بصيغة CSV", xlsx: "تنزيل السجل المصفّى بصيغة XLSX", history: "سجل التغييرات", badDate: "تاريخ غير مفهوم",
  },
  fr: {
    save: "Enregistrer le projet", totalCost: "Coût total", partners: "Contributions des partenaires", added: "Ajouté", removed: "Retiré", update: "Modification",
    filter: "Filtrer", csv: "Télécharger le journal filtré en CSV", xlsx: "Télécharger le journal filtré en XLSX", history: "Historique des modifications", badDate: "Date non reconnue",
  },
} as const;

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
/** "849300.00", "849.300,00" or "849 300" as centimes (whatever way the form shows a stored amount). */
function centimesOf(text: string): bigint {
  const plain = text.replace(/[\s\u00a0\u202f]/g, "");
  if (!plain) return 0n;
  const decimal = /,\d{1,2}$/.test(plain) ? plain.replace(/\./g, "").replace(",", ".") : plain.replace(/,/g, "");
  const [whole, cents = ""] = decimal.split(".");
  return BigInt(whole!) * 100n + BigInt(cents.padEnd(2, "0").slice(0, 2));
}
const typed = (centimes: bigint) => `${centimes / 100n}.${String(centimes % 100n).padStart(2, "0")}`;
/** The words around an amount may carry direction marks and narrow spaces: compare without them. */
const bare = (text: string) => text.replace(/[\u2066\u2067]/g, "").replace(/[\u200e\u200f\u2068\u2069\u00a0\u202f]/g, " ").replace(/\s+/g, " ").trim();
const todayDayFirst = () => new Intl.DateTimeFormat("en-GB", { timeZone: "Africa/Casablanca" }).format(new Date());

test("staff edit a grant's partner and amount; an auditor finds, reads and downloads the change", async ({ page, browser, baseURL, appLocale, checkA11y }) => {
  test.setTimeout(120_000); // two people, two downloads, on a shared 2-core machine
  const t = T[appLocale];
  const grantId = appLocale === "ar" ? 5 : 6; // one seeded grant per project; the conflict spec uses 1-4
  await signIn(page, appLocale, DEMO.staff);
  await page.goto(`/${appLocale}/admin/grants/${grantId}/edit`);

  // The first partner row becomes another organisation with 10,000.00 MAD more; the total cost follows.
  const partner = field(page, "partnerContributions.0.organisationId");
  const oldPartnerId = await partner.inputValue();
  const options = await partner.locator("option").evaluateAll((nodes) => nodes.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? "" })));
  const used = await page.locator('select[name^="partnerContributions."]').evaluateAll((nodes) => nodes.map((s) => (s as HTMLSelectElement).value));
  const next = options.find((o) => o.value && !used.includes(o.value))!;
  const nameOf = (label: string) => label.replace(/\s*\([^)]*\)\s*$/, "").trim();
  const oldPartnerName = oldPartnerId ? nameOf(options.find((o) => o.value === oldPartnerId)!.label) : null;
  const oldAmount = centimesOf(await field(page, "partnerContributions.0.amount").inputValue());
  const oldTotal = centimesOf(await field(page, "totalCost").inputValue());
  const newAmount = oldAmount + 1_000_000n;
  const newTotal = oldTotal + 1_000_000n;
  await partner.selectOption(next.value);
  await field(page, "partnerContributions.0.amount").fill(typed(newAmount));
  await field(page, "totalCost").fill(typed(newTotal));
  await page.getByRole("button", { name: t.save }).click();
  await page.waitForURL(new RegExp(`/admin/grants/${grantId}$`));
  // The title without the "demonstration data" badge the heading may carry.
  const title = bare(await page.getByRole("heading", { level: 1 }).evaluate((h) => h.firstChild?.textContent ?? ""));

  // The grant's own history already reads in words.
  const history = page.getByRole("region", { name: t.history });
  const latest = history.locator("ol > li").first();
  await expect(latest).toContainText(t.update);
  const money = (centimes: bigint) => bare(formatMoney(centimes, appLocale));
  const expectWords = async (entry: typeof latest) => {
    const text = bare(await entry.innerText());
    expect(text).toContain(t.totalCost);
    expect(text).toContain(money(oldTotal));
    expect(text).toContain(money(newTotal));
    expect(text).toContain(`${t.partners} · ${nameOf(next.label)}`);
    expect(text).toContain(money(newAmount));
    if (oldPartnerName) expect(text).toContain(`${t.partners} · ${oldPartnerName}`);
    expect(text).not.toMatch(/Centimes|organisationId|"\w+":/);
  };
  await expectWords(latest);
  await checkA11y();

  // The auditor, in a browser of their own, finds the edit by record, user, action and a day-first period.
  const context = await browser.newContext({ baseURL, locale: `${appLocale}-MA`, acceptDownloads: true });
  const auditor = await context.newPage();
  await signIn(auditor, appLocale, DEMO.auditor);
  await auditor.goto(`/${appLocale}/admin/audit?from=31/02/2025`);
  await expect(auditor.locator("#audit-from-error")).toContainText(t.badDate);
  await expect(auditor.locator("#audit-from")).toHaveValue("31/02/2025");
  await auditor.goto(`/${appLocale}/admin/audit`);
  await auditor.locator("#audit-entityType").selectOption("Grant");
  await auditor.locator("#audit-record").fill(title);
  await auditor.locator("#audit-userEmail").fill("staff@e2e");
  await auditor.locator("#audit-action").selectOption("UPDATE");
  await auditor.locator("#audit-from").fill(todayDayFirst());
  await auditor.locator("#audit-to").fill(todayDayFirst());
  await auditor.getByRole("button", { name: t.filter, exact: true }).click();
  await auditor.waitForURL(/record=/);
  // Demonstration grants share titles: the edit is the entry of this grant naming the new partner.
  const entry = auditor.locator("main ol > li").filter({ hasText: `${t.partners} · ${nameOf(next.label)}` }).filter({ hasText: new RegExp(`\\b${grantId}\\b`) });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(title);
  await expectWords(entry);
  await checkA11y(auditor);

  // The downloads hold the same filtered trail, in the same words.
  const download = async (name: string) => {
    const [file] = await Promise.all([auditor.waitForEvent("download"), auditor.getByRole("link", { name }).click()]);
    return readFile((await file.path())!);
  };
  const csv = bare((await download(t.csv)).toString("utf8"));
  for (const words of [title, `${t.partners} · ${nameOf(next.label)}`, money(newAmount), money(newTotal), t.added]) expect(csv).toContain(words);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download(t.xlsx)) as unknown as ArrayBuffer);
  const cells = workbook.worksheets[0]!.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map((c) => bare(String(c ?? ""))) : []));
  expect(cells).toContain(`${t.partners} · ${nameOf(next.label)}`);
  expect(cells).toContain(money(newTotal));
  expect(cells.filter((c) => c === title)).not.toHaveLength(0);
  await context.close();
});
