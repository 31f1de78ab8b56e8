// Run by the convention spec (through tsx, on the e2e database): a real (not demonstration) approved grant
// of the seeded prefecture's first cooperative, with two tranches of the INDH contribution, none paid.
// Prints "<grantId> <cooperative register number>". Written straight through Prisma, as the seed does.
import { getDb } from "@/lib/db";
import { grantFactColumns } from "@/lib/dashboards/grant-facts";
import { rebuildGrantSummaries } from "@/lib/dashboards/grant-summary";

async function main() {
  const label = process.argv[2] ?? "e2e";
  const db = getDb();
  const staff = await db.user.findUniqueOrThrow({ where: { email: "staff@e2e.indh.test" }, select: { prefectureId: true } });
  const cooperative = await db.cooperative.findFirstOrThrow({ where: { prefectureId: staff.prefectureId }, orderBy: { id: "asc" } });
  const axis = await db.axis.findFirstOrThrow({ where: { code: "SOCIAL-SOLIDARITY-ECONOMY" } });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const tranches = [
    { position: 1, plannedOn: day("2025-03-01"), amountCentimes: 15_000_000n, paidOn: null },
    { position: 2, plannedOn: day("2025-09-01"), amountCentimes: 9_000_000n, paidOn: null },
  ];
  const grant = {
    cooperativeId: cooperative.id, programmeId: axis.programmeId, axisId: axis.id,
    titleAr: `وحدة تثمين المنتجات المحلية (${label})`, titleFr: `Unité de valorisation des produits locaux (${label})`,
    approvedOn: day("2025-01-15"), status: "APPROVED",
    totalCostCentimes: 40_000_000n, indhContributionCentimes: 24_000_000n, beneficiaryContributionCentimes: 16_000_000n,
    partnerContributions: [], tranches,
  };
  const { id } = await db.$transaction(async (tx) => {
    const saved = await tx.grant.create({
      data: {
        prefectureId: cooperative.prefectureId, cooperativeId: grant.cooperativeId, programmeId: grant.programmeId, axisId: grant.axisId,
        titleAr: grant.titleAr, titleFr: grant.titleFr, approvedOn: grant.approvedOn, status: grant.status,
        totalCostCentimes: grant.totalCostCentimes, indhContributionCentimes: grant.indhContributionCentimes,
        beneficiaryContributionCentimes: grant.beneficiaryContributionCentimes,
        ...(await grantFactColumns(tx, grant)),
        tranches: { create: tranches },
      },
      select: { id: true },
    });
    await rebuildGrantSummaries(tx);
    return saved;
  });
  process.stdout.write(`${id} ${cooperative.registerNumber}\n`);
  await db.$disconnect();
}

void main();
