import type { Page } from "@playwright/test";

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);

/** Fills the new-event form of a province holding one commune and one organiser, with one presentation
 * reporting 2019-2025 figures (4 cooperatives, 1,000,000 MAD of which 600,000 INDH), published. */
export async function fillEvent(page: Page, slug: string, run: string) {
  await field(page, "slug").fill(slug);
  await field(page, "kind").selectOption("COMMUNICATION_MEETING");
  await field(page, "titleAr").fill(`لقاء تواصلي ${run}`);
  await field(page, "titleFr").fill(`Rencontre de communication ${run}`);
  await field(page, "startsAtDate").fill("2025-06-12");
  await field(page, "startsAtTime").fill("10:00");
  await field(page, "venueAr").fill("مقر الإقليم");
  await field(page, "venueFr").fill("Siège de la province");
  await field(page, "communeId").selectOption({ index: 1 });
  await field(page, "organiserId").selectOption({ index: 1 });
  await field(page, "summaryAr").fill("حصيلة المبادرة في الإقليم.");
  await field(page, "summaryFr").fill("Le bilan de l'Initiative dans la province.");
  await field(page, "bodyAr").fill("نص الخبر.");
  await field(page, "bodyFr").fill("Texte de l'article.");
  await field(page, "presentations.0.titleAr").fill("حصيلة 2019-2025");
  await field(page, "presentations.0.titleFr").fill("Bilan 2019-2025");
  await field(page, "presentations.0.presenterRoleAr").fill("رئيس قسم العمل الاجتماعي");
  await field(page, "presentations.0.presenterRoleFr").fill("Chef de la division de l'action sociale");
  await field(page, "presentations.0.reportedPeriodStartYear").fill("2019");
  await field(page, "presentations.0.reportedPeriodEndYear").fill("2025");
  await field(page, "presentations.0.reportedCooperativesFunded").fill("4");
  await field(page, "presentations.0.reportedTotalEnvelope").fill("1000000");
  await field(page, "presentations.0.reportedIndhContribution").fill("600000");
  await field(page, "status").selectOption("PUBLISHED");
}
