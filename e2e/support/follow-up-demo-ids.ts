// Run by follow-up-pages.spec (through tsx, on the e2e database): the seeded demonstration records that
// every follow-up page can be opened on (prisma/seed/follow-up-demo.ts). Ids differ between databases and
// seeds, so they are looked up rather than written in the spec. Prints one line of JSON.
import { getDb } from "@/lib/db";
import { DEMO_EVENT_SLUG } from "@/prisma/seed/follow-up-demo";

async function main() {
  const db = getDb();
  // A public visit photo: its visit, that visit's grant (with a baseline) and its public cooperative.
  const photo = await db.photo.findFirstOrThrow({
    where: { isDemo: true, visitId: { not: null }, isPublic: true },
    orderBy: { id: "asc" },
    select: { visitId: true, cooperativeId: true, visit: { select: { grantId: true } } },
  });
  const event = await db.event.findUniqueOrThrow({ where: { slug: DEMO_EVENT_SLUG }, select: { id: true } });
  process.stdout.write(`${JSON.stringify({ visitId: photo.visitId, grantId: photo.visit!.grantId, cooperativeId: photo.cooperativeId, eventId: event.id })}\n`);
  await db.$disconnect();
}

void main();
