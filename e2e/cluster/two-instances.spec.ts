import { expect, test, type APIRequestContext, type Page, type Response } from "@playwright/test";
import { DEMO } from "../auth";
import { csvFile } from "@/lib/imports/test-files";

// Two app instances behind nginx on one PostgreSQL database (scripts/cluster/up.sh). Whichever instance
// nginx hands a request to, a session is known, sign-in failures add up, an import's progress is told, and
// an edit made through one instance shows on the other's public pages within a second (lib/cluster).
// nginx names the instance that answered in X-Upstream (the test's configuration only).
const nginxPort = Number(process.env.CLUSTER_PORT ?? 3550);
const instances = [nginxPort + 1, nginxPort + 2].map((port) => `127.0.0.1:${port}`);
const direct = (instance: string, path: string) => `http://${instance}${path}`;
const upstreamOf = (response: Response | { headers(): Record<string, string> }) => response.headers()["x-upstream"] ?? "";
const run = Date.now().toString(36);

async function signInThroughNginx(page: Page, account: { email: string; password: string }) {
  await page.goto("/ar/sign-in");
  await page.getByLabel("البريد الإلكتروني").fill(account.email);
  await page.getByLabel("كلمة المرور").fill(account.password);
  await page.getByRole("button", { name: "دخول" }).click();
}

/** The form's POST (a server action) and the instance that answered it. */
async function submitAndGetUpstream(page: Page, submit: () => Promise<void>): Promise<string> {
  const posted = page.waitForResponse((response) => response.request().method() === "POST");
  await submit();
  return upstreamOf(await posted);
}

test("a session works whichever instance answers", async ({ page }) => {
  await signInThroughNginx(page, DEMO.staff);
  await page.waitForURL(/\/ar\/admin/);
  const seen = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const response = await page.request.get("/ar/admin/cooperatives", { maxRedirects: 0 });
    expect(response.status(), "signed in on every instance").toBe(200);
    seen.add(upstreamOf(response));
  }
  expect([...seen].sort()).toEqual([...instances].sort());
});

test("sign-in failures add up across instances", async ({ page }) => {
  const stranger = { email: `nobody-${run}@e2e.indh.test`, password: "not-the-password" };
  const attempt = async (url: string) => {
    await page.goto(url);
    await page.getByLabel("البريد الإلكتروني").fill(stranger.email);
    await page.getByLabel("كلمة المرور").fill(stranger.password);
    await page.getByRole("button", { name: "دخول" }).click();
  };
  // 5 failures per address and account are free (lib/auth/rate-limit.ts): made on the two instances in turn
  // (nginx's round robin cannot be steered: a page and its form's POST may always land on different ones).
  for (let i = 0; i < 5; i++) {
    await attempt(direct(instances[i % 2]!, "/ar/sign-in"));
    await expect(page.getByText("البريد الإلكتروني أو كلمة المرور غير صحيحين.")).toBeVisible();
  }
  // The sixth must wait, through nginx and on each instance.
  for (const url of ["/ar/sign-in", ...instances.map((instance) => direct(instance, "/ar/sign-in"))]) {
    await attempt(url);
    await expect(page.getByText(/محاولات كثيرة\. أعيدوا المحاولة بعد/)).toBeVisible();
  }
});

/**
 * Polls `path` on `instance` until its HTML contains `text`. Returns when the first request that got it was
 * sent, in ms after `since`: by then the instance knew of the edit (what follows is its render, which the
 * 1-second promise is not about: a busy 2-core machine takes 0.3 to 0.8 s to render the event page again).
 */
async function msUntilKnown(request: APIRequestContext, instance: string, path: string, text: string, since: number, limitMs: number): Promise<number> {
  for (;;) {
    const sent = Date.now() - since;
    if (sent > limitMs) throw new Error(`${instance}${path} still served without "${text}" ${sent} ms after the save`);
    const body = await (await request.get(direct(instance, path))).text();
    if (body.includes(text)) return sent;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

test("an edit made through one instance shows on every instance's public pages within a second", async ({ page, request }) => {
  const eventPath = "/ar/events/cooperatives-day-tanger-2025";
  const listPath = "/ar/events";
  // Both instances have the page in both caches: Next's (ISR) and the page cache in front of it.
  for (const instance of instances) {
    for (const path of [eventPath, listPath]) {
      expect((await request.get(direct(instance, path))).status()).toBe(200);
    }
    expect((await request.get(direct(instance, eventPath))).headers()["x-page-cache"]).toBe("HIT");
  }

  await signInThroughNginx(page, DEMO.staff);
  await page.waitForURL(/\/ar\/admin/);
  await page.goto("/ar/admin/events/1/edit");
  const title = `يوم التعاونيات ${run}`;
  await page.locator('[name="titleAr"]').fill(title);
  const editedBy = await submitAndGetUpstream(page, () => page.getByRole("button", { name: "حفظ", exact: true }).click());
  await page.waitForURL(/\/ar\/admin\/events\/1$/);
  const saved = Date.now();
  expect(instances).toContain(editedBy);

  const other = instances.find((instance) => instance !== editedBy)!;
  const pages = [other, editedBy].flatMap((instance) => [eventPath, listPath].map((path) => ({ instance, path })));
  const known = await Promise.all(pages.map(({ instance, path }) => msUntilKnown(request, instance, path, title, saved, 1000)));
  const delays = Object.fromEntries(pages.map(({ instance, path }, i) => [`${instance}${path}`, known[i]]));
  console.log(`edited through ${editedBy}; first request answered with the edit was sent after (ms): ${JSON.stringify(delays)}`);
  // Through nginx too, whichever instance answers.
  for (let i = 0; i < 4; i++) expect(await (await request.get(eventPath)).text()).toContain(title);
});

test("an import's progress is told by whichever instance the browser's polls reach", async ({ page }) => {
  await signInThroughNginx(page, DEMO.staff);
  await page.waitForURL(/\/ar\/admin/);
  const headers = ["رقم التسجيل", "الاسم بالعربية", "الاسم بالفرنسية", "القطاع", "الجماعة", "عدد الأعضاء", "عدد النساء الأعضاء", "عدد الشباب الأعضاء"];
  const rows = Array.from({ length: 3000 }, (_, i) => [`CLU-${run}-${i}`, `تعاونية المجموعة ${i}`, `Groupe ${i}`, "تربية النحل", "المنزلة", "10", "4", "2"]);
  await page.goto("/ar/admin/imports");
  await page.getByLabel("نوع المعطيات").selectOption({ label: "التعاونيات" });
  await page.getByLabel("ملف CSV أو XLSX").setInputFiles({ name: "cooperatives.csv", mimeType: "text/csv", buffer: Buffer.from(csvFile([headers, ...rows])) });
  await page.getByRole("button", { name: "التحقق من الملف" }).click();
  await page.waitForURL(/\/ar\/admin\/imports\/(\d+)$/);
  const batchId = /\/imports\/(\d+)$/.exec(page.url())![1];

  // While the confirmation runs on one instance, both are asked for the progress with the browser's session.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  type Progress = { done: number; total: number };
  const seen = new Map<string, Progress[]>(instances.map((instance) => [instance, []]));
  const polled = (instance: string) => seen.get(instance) ?? [];
  let finished = false;
  const polls = (async () => {
    while (!finished) {
      for (const instance of instances) {
        const response = await page.request.get(direct(instance, `/ar/admin/imports/${batchId}/progress`), { headers: { cookie } });
        if (response.ok()) polled(instance).push((await response.json()) as Progress);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const confirmedBy = await submitAndGetUpstream(page, () => page.getByRole("button", { name: "تأكيد الاستيراد" }).click());
  await expect(page.getByText(/تم الاستيراد بتاريخ/)).toBeVisible({ timeout: 60_000 });
  finished = true;
  await polls;

  const other = instances.find((instance) => instance !== confirmedBy)!;
  const midway = (list: Progress[]) => list.filter((p) => p.total === 3000 && p.done > 0 && p.done < 3000);
  console.log(`confirmed on ${confirmedBy}; polls midway: ${instances.map((i) => `${i} ${midway(polled(i)).length}/${polled(i).length}`).join(", ")}`);
  expect(midway(polled(other)).length, "the other instance told the progress").toBeGreaterThan(0);
  expect(midway(polled(confirmedBy)).length).toBeGreaterThan(0);
});
