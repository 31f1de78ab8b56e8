// Run by the follow-up spec (through tsx, on the e2e database), once per locale: a new (not demonstration)
// cooperative with an approved grant whose convention is signed, tranche 1 planned in 2025 and unpaid (so
// overdue), released by milestone 1; the grant's baseline; and a published event to hold a gallery.
// Prints "<grantId> <cooperativeId> <registerNumber> <eventId> <eventSlug>". Written straight through Prisma.
import { getDb } from "@/lib/db";
import { cooperativeFacts, grantFactColumns } from "@/lib/dashboards/grant-facts";
import { rebuildGrantSummaries } from "@/lib/dashboards/grant-summary";

async function main() {
  const label = process.argv[2] ?? "e2e";
  const db = getDb();
  const staff = await db.user.findUniqueOrThrow({ where: { email: "staff@e2e.indh.test" }, select: { id: true, prefectureId: true } });
  const prefectureId = staff.prefectureId;
  const commune = await db.commune.findFirstOrThrow({ where: { prefectureId, setting: "RURAL" }, orderBy: { id: "asc" } });
  const sector = await db.sector.findFirstOrThrow({ orderBy: { id: "asc" } });
  const axis = await db.axis.findFirstOrThrow({ where: { code: "SOCIAL-SOLIDARITY-ECONOMY" } });
  const organiser = await db.organisation.findFirstOrThrow({ where: { prefectureId }, orderBy: { id: "asc" } });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const registerNumber = `FU-${label}`.toUpperCase();
  const out = await db.$transaction(async (tx) => {
    const members = { members: 14, womenMembers: 9, youngMembers: 4 };
    const cooperative = await tx.cooperative.create({
      data: {
        prefectureId, registerNumber, nameAr: `تعاونية الوفاء للكسكس (${label})`, nameFr: `Coopérative Al Wafae du couscous (${label})`,
        sectorId: sector.id, communeId: commune.id, ...members, ...cooperativeFacts(members), searchText: registerNumber.toLowerCase(),
        // Its one grant below is counted (lib/dashboards/grant-summary.ts keeps these in step in the app).
        countedGrants: 1, isFunded: true,
      },
    });
    const grant = {
      cooperativeId: cooperative.id, programmeId: axis.programmeId, axisId: axis.id, approvedOn: day("2025-01-15"), status: "APPROVED",
      totalCostCentimes: 30_000_000n, indhContributionCentimes: 18_000_000n, beneficiaryContributionCentimes: 12_000_000n, partnerContributions: [],
      tranches: [{ plannedOn: day("2025-03-01"), amountCentimes: 12_000_000n, paidOn: null }, { plannedOn: day("2099-09-01"), amountCentimes: 6_000_000n, paidOn: null }],
    };
    const saved = await tx.grant.create({
      data: {
        prefectureId, cooperativeId: cooperative.id, programmeId: grant.programmeId, axisId: grant.axisId,
        titleAr: `ورشة تثمين الكسكس (${label})`, titleFr: `Atelier de valorisation du couscous (${label})`,
        approvedOn: grant.approvedOn, status: grant.status, totalCostCentimes: grant.totalCostCentimes,
        indhContributionCentimes: grant.indhContributionCentimes, beneficiaryContributionCentimes: grant.beneficiaryContributionCentimes,
        ...(await grantFactColumns(tx, grant)),
        tranches: { create: grant.tranches.map((t, i) => ({ ...t, position: i + 1 })) },
        baseline: { create: { jobs: 4, jobsWomen: 3, jobsYoung: 1, members: 14, annualRevenueCentimes: 6_000_000n, productionQuantity: 500, productionUnitAr: "كلغ في الشهر", productionUnitFr: "kg par mois" } },
      },
      select: { id: true, tranches: { select: { id: true }, orderBy: { position: "asc" } } },
    });
    await tx.convention.create({
      data: {
        prefectureId, grantId: saved.id, reference: `CONV-FU-${label}`.toUpperCase(), obligationsAr: "التزامات", obligationsFr: "Obligations",
        resultsAr: "نتائج", resultsFr: "Résultats", signedOn: day("2025-02-01"),
        milestones: {
          create: saved.tranches.map((t, i) => ({ position: i + 1, labelAr: `تركيب المعدات ${i + 1}`, labelFr: `Installation des équipements ${i + 1}`, dueOn: day("2025-02-20"), trancheId: t.id })),
        },
      },
    });
    await rebuildGrantSummaries(tx);
    const slug = `salon-suivi-${label}`.toLowerCase();
    const event = await tx.event.create({
      data: {
        prefectureId, slug, kind: "FAIR", titleAr: `معرض منتجات التعاونيات (${label})`, titleFr: `Salon des produits des coopératives (${label})`,
        startsAt: day("2025-06-10") /* before the seed's meeting, which stays the latest event */, venueAr: "طنجة", venueFr: "Tanger", organiserId: organiser.id, summaryAr: "معرض", summaryFr: "Salon",
        bodyAr: "نص", bodyFr: "Texte", status: "PUBLISHED", publishedAt: new Date(), searchText: slug,
      },
    });
    return `${saved.id} ${cooperative.id} ${registerNumber} ${event.id} ${slug}`;
  });
  process.stdout.write(`${out}\n`);
  await db.$disconnect();
}

void main();
