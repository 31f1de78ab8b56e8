// The seed writes cooperatives and grants in bulk (createMany), without their dashboard facts; this fills
// them, and those of rows written before the facts existed (approvalYear 0 marks a grant never filled).
// Only rows whose facts are missing or differ are written, so seeding twice changes nothing. Then the
// dashboard summaries are recomputed from the grants (bulk writes bypass their maintenance).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { cooperativeFacts, grantFacts } from "@/lib/dashboards/grant-facts";
import { rebuildGrantSummaries } from "@/lib/dashboards/grant-summary";

export async function fillMissingDashboardFacts(db: PrismaClient): Promise<{ cooperatives: number; grants: number }> {
  return db.$transaction(
    async (tx) => {
      let cooperatives = 0;
      const members = { id: true, members: true, womenMembers: true, youngMembers: true, isWomenLed: true, isYouth: true } as const;
      for (const c of await tx.cooperative.findMany({ select: members })) {
        const facts = cooperativeFacts(c);
        if (facts.isWomenLed === c.isWomenLed && facts.isYouth === c.isYouth) continue;
        await tx.cooperative.update({ where: { id: c.id }, data: facts });
        cooperatives++;
      }
      const missing = await tx.grant.findMany({
        where: { approvalYear: 0 },
        select: {
          id: true,
          approvedOn: true,
          partnerContributions: { select: { amountCentimes: true } },
          tranches: { select: { amountCentimes: true, paidOn: true } },
          cooperative: { select: { communeId: true, sectorId: true } },
        },
      });
      for (const g of missing) await tx.grant.update({ where: { id: g.id }, data: grantFacts(g, g.cooperative) });
      await rebuildGrantSummaries(tx);
      return { cooperatives, grants: missing.length };
    },
    { timeout: 120_000 },
  );
}
