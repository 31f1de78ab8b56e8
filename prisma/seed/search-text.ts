// The seed writes rows in bulk; this fills the searchText of those written without it. Rows that already
// have one are left alone, so seeding twice changes nothing.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { cooperativeSearchText, eventSearchText, grantSearchText, organisationSearchText } from "@/lib/search/search-text";

export async function fillMissingSearchText(db: PrismaClient): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const c of await tx.cooperative.findMany({ where: { searchText: "" } })) {
      await tx.cooperative.update({ where: { id: c.id }, data: { searchText: cooperativeSearchText(c) } });
    }
    for (const g of await tx.grant.findMany({ where: { searchText: "" } })) {
      await tx.grant.update({ where: { id: g.id }, data: { searchText: grantSearchText(g) } });
    }
    for (const e of await tx.event.findMany({ where: { searchText: "" } })) {
      await tx.event.update({ where: { id: e.id }, data: { searchText: eventSearchText(e) } });
    }
    for (const o of await tx.organisation.findMany({ where: { searchText: "" } })) {
      await tx.organisation.update({ where: { id: o.id }, data: { searchText: organisationSearchText(o) } });
    }
  });
}
