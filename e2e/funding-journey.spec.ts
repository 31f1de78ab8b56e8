import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { publishCall, readCallResults, readPublicCall, showCallResults } from "./funding/calls";
import { applyMessages, applyWithJavaScript, applyWithoutJavaScript, followApplication, recordPaperApplication, sampleApplication } from "./funding/apply";
import { scoreApplication, screenApplication } from "./funding/screening";
import { holdCommitteeSession, printMinutes } from "./funding/committee";
import { moroccoTodayText, payTrancheAgainstMilestone, prepareConvention, printConvention, recordSignature } from "./funding/convention";
import { readPipeline, type PipelineCounts } from "./funding/pipeline";
import { formatMoney } from "@/lib/format/money";

// The whole funding cycle through the browser, once in each language: staff publish a call; two cooperatives
// apply with their documents (one without JavaScript) and staff record a third received on paper; staff
// screen (two eligible, the paper one refused with its reason) and score; the CPDH session approves one
// and rejects the other; the minutes and the convention print; the signature is recorded; the first tranche
// is paid against its milestone; the call's results go public; the manager's pipeline and totals move by
// exactly what the journey did. The parts' own specs (e2e/funding-*.spec.ts) test their refusals and edge cases.

const baseURL = () => `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

/** A visitor without a session, in a context of their own (the staff page stays signed in). */
async function visitorPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL() });
  return context.newPage();
}

/** Staff find an application in the list by the receipt code the cooperative was given, and open it. */
async function openByReceipt(page: Page, locale: "ar" | "fr", receiptCode: string): Promise<number> {
  await page.goto(`/${locale}/admin/applications?q=${encodeURIComponent(receiptCode)}`);
  const link = page.locator('a[href*="/admin/applications/"]').filter({ hasText: receiptCode }).first();
  const href = (await link.getAttribute("href")) ?? "";
  const id = Number(/\/admin\/applications\/(\d+)/.exec(href)?.[1]);
  expect(id, `application ${receiptCode} in the list`).toBeGreaterThan(0);
  return id;
}

/** The headline count of funded grants, on the dashboard's first page. */
async function fundedGrants(page: Page, locale: "ar" | "fr"): Promise<number> {
  await page.goto(`/${locale}/admin/dashboard`);
  const label = locale === "ar" ? "المشاريع الممولة" : "Projets financés";
  const card = page.getByTestId("headline").locator("div").filter({ hasText: label }).locator("dd").first();
  return Number((await card.innerText()).replace(/[^\d]/g, ""));
}

const moved = (before: PipelineCounts, after: PipelineCounts) =>
  Object.fromEntries(Object.keys(before).map((k) => [k, after[k as keyof PipelineCounts] - before[k as keyof PipelineCounts]]));

test("the funding cycle end to end: call, applications, screening, review, committee, convention, tranche, pipeline", async ({ page, browser, appLocale: locale, checkA11y }) => {
  test.setTimeout(300_000);
  const stamp = `${locale}-${Date.now().toString(36)}`;

  // Where the manager's pipeline stands before the journey (other specs share this database).
  await signIn(page, locale, DEMO.manager);
  const before = await readPipeline(page, locale);
  const grantsBefore = await fundedGrants(page, locale);
  await page.context().clearCookies();

  // 1. Staff publish a call for projects; it has a public page in the visitor's language.
  await signIn(page, locale, DEMO.staff);
  const call = await publishCall(page, locale, { titleAr: `طلب مشاريع التعاونيات ${stamp}`, titleFr: `Appel à projets des coopératives ${stamp}`, reference: `AAP-J-${stamp}`.toUpperCase() });
  const visitor = await visitorPage(browser);
  await readPublicCall(visitor, locale, call.slug, { title: locale === "ar" ? `طلب مشاريع التعاونيات ${stamp}` : `Appel à projets des coopératives ${stamp}` });
  await checkA11y(visitor);

  // 2. Two cooperatives apply with their documents: one with JavaScript, one from a browser without it.
  const first = { ...sampleApplication(`RC-A-${stamp}`.toUpperCase()), nameAr: `تعاونية الأمل ${stamp}`, nameFr: `Coopérative Al Amal ${stamp}` };
  const second = { ...sampleApplication(`RC-B-${stamp}`.toUpperCase()), nameAr: `تعاونية النور ${stamp}`, nameFr: `Coopérative Annour ${stamp}` };
  const firstReceipt = await applyWithJavaScript(visitor, locale, call.slug, first);
  await checkA11y(visitor);
  const secondReceipt = await applyWithoutJavaScript(browser, locale, call.slug, second);
  await followApplication(visitor, locale, firstReceipt.followUrl, applyMessages(locale).follow.statuses.RECEIVED);
  await checkA11y(visitor);
  // A third file came on paper: staff record it with its scanned documents.
  const onPaper = { ...sampleApplication(`RC-P-${stamp}`.toUpperCase()), nameAr: `تعاونية الورق ${stamp}`, nameFr: `Coopérative Papier ${stamp}`, womenMembers: "1", youngMembers: "0" };
  const paperReceipt = await recordPaperApplication(page, locale, call.id, onPaper);
  await checkA11y();

  // 3. Screening and review: both eligible; the first is scored on the call's grid (40/35/25).
  const firstId = await openByReceipt(page, locale, firstReceipt.receiptCode);
  const secondId = await openByReceipt(page, locale, secondReceipt.receiptCode);
  await screenApplication(page, locale, firstId, { eligible: true });
  await screenApplication(page, locale, secondId, { eligible: true });
  // The paper one fails the axis' rule (1 woman and no young member of 12) and is refused with a reason.
  const paperId = await openByReceipt(page, locale, paperReceipt.receiptCode);
  await screenApplication(page, locale, paperId, { eligible: false, reason: locale === "ar" ? "نسبة النساء والشباب أقل من 30 في المائة" : "Moins de 30 % de femmes et de jeunes" });
  const total = await scoreApplication(page, locale, firstId, [8, 6, 7], "Projet solide, porté par des femmes.");
  expect(total).toBe(Math.round((8 * 40 + 6 * 35 + 7 * 25) / 10));
  await checkA11y();

  // 4. The CPDH session: the scored application ranks first and is approved below its request (200,000 of
  // 240,000 MAD); the other is rejected with its reason. The approval creates the grant.
  const reason = locale === "ar" ? "المشروع خارج مجال طلب المشاريع" : "Projet hors du champ de l'appel";
  const { sessionId, grantIds } = await holdCommitteeSession(page, locale, {
    applicationIds: [firstId, secondId],
    // Today: the convention is signed and the tranche paid today, never before the decision.
    date: moroccoTodayText(),
    decisions: [
      { applicationId: firstId, decision: "APPROVED", amountMad: "200000" },
      { applicationId: secondId, decision: "REJECTED", reason },
    ],
  });
  expect(grantIds).toHaveLength(1);
  // The figure as printed (200.000,00), without the currency or the bidi isolates around it.
  const approved = /\d[\d.,\s]*\d/.exec(formatMoney(20_000_000n, locale).replace(/[\u2066-\u2069]/g, ""))![0];
  await printMinutes(page, locale, sessionId, {
    rows: [
      { applicantName: locale === "ar" ? first.nameAr : first.nameFr, decision: "APPROVED" },
      { applicantName: locale === "ar" ? second.nameAr : second.nameFr, decision: "REJECTED", reason },
    ],
    approvedTotal: approved,
    counts: { approved: 1, deferred: 0, rejected: 1 },
  });
  await checkA11y();
  await followApplication(visitor, locale, firstReceipt.followUrl, applyMessages(locale).follow.statuses.APPROVED);

  // 5. The convention of the grant: prepared, printed with the parties and amounts, signed; the first
  // tranche is refused before its milestone is reached, then paid.
  const grantId = grantIds[0]!;
  await prepareConvention(page, locale, grantId);
  await printConvention(page, locale, grantId, { registerNumber: first.registerNumber, amounts: [approved] });
  await checkA11y();
  await recordSignature(page, locale, grantId, moroccoTodayText());
  await payTrancheAgainstMilestone(page, locale, grantId);
  await checkA11y();

  // 6. The results go public on the call's page: three applications, the approved project with its amount.
  await showCallResults(page, locale, call.id);
  await readCallResults(visitor, locale, call.slug, { applications: 3, approved: [{ cooperative: locale === "ar" ? first.nameAr : first.nameFr }] });
  await checkA11y(visitor);
  await visitor.context().close();

  // 7. The manager's pipeline moved by exactly this journey.
  await page.context().clearCookies();
  await signIn(page, locale, DEMO.manager);
  const after = await readPipeline(page, locale);
  expect(moved(before, after)).toEqual({ received: 3, eligible: 2, reviewed: 1, approved: 1, signed: 1, paid: 1 });
  // The approval's grant counts in the dashboard's totals like any other.
  expect(await fundedGrants(page, locale)).toBe(grantsBefore + 1);
  await checkA11y();
});
