// Run by e2e/event-province.spec.ts (through tsx, on the e2e database). Two commands:
//   setup        a new province (any prefecture row must work, not only the seeded ones) with its own commune
//                and organiser, a STAFF user of it and a national STAFF user, each with a password generated
//                now; prints them as JSON on stdout.
//   grant <id>   a cooperative of that province and one grant approved in 2021 (500,000 MAD, 300,000 INDH).
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { applyGrantChange, grantContributions } from "@/lib/dashboards/grant-summary";

async function setup() {
  const db = getDb();
  const run = randomBytes(3).toString("hex");
  const region = await db.region.findFirstOrThrow();
  const province = await db.prefecture.create({
    data: { code: `E2E-${run.toUpperCase()}`, nameAr: `إقليم التجربة ${run}`, nameFr: `Province d'essai ${run}`, regionId: region.id },
  });
  await db.commune.create({ data: { prefectureId: province.id, code: "C1", nameAr: `جماعة التجربة ${run}`, nameFr: `Commune d'essai ${run}`, legalStatus: "RURAL_COMMUNE", setting: "RURAL" } });
  await db.organisation.create({ data: { prefectureId: province.id, code: "DAS", kind: "OTHER", nameAr: `قسم العمل الاجتماعي ${run}`, nameFr: `Division de l'action sociale ${run}` } });
  const user = async (kind: string, isNational: boolean) => {
    const password = randomBytes(18).toString("base64url");
    const email = `${kind}.${run}@example.ma`;
    await db.user.create({ data: { email, name: `${kind} ${run}`, role: "STAFF", isNational, prefectureId: province.id, passwordHash: await hashPassword(password) } });
    return { email, password };
  };
  const staff = await user("staff", false);
  // A national user's own account sits in Tanger-Assilah, as the did: the choice must not default to it.
  const tanger = await db.prefecture.findUniqueOrThrow({ where: { code: "TANGER-ASSILAH" } });
  const national = await user("national", true);
  await db.user.update({ where: { email: national.email }, data: { prefectureId: tanger.id } });
  return { run, prefectureId: province.id, nameAr: province.nameAr, nameFr: province.nameFr, staff, national };
}

async function grant(prefectureId: number) {
  const db = getDb();
  const commune = await db.commune.findFirstOrThrow({ where: { prefectureId } });
  const sector = await db.sector.findFirstOrThrow();
  const programme = await db.programme.findFirstOrThrow();
  const cooperative = await db.cooperative.create({
    data: { prefectureId, registerNumber: `E2E-${Date.now()}`, nameAr: "تعاونية التجربة", nameFr: "Coopérative d'essai", sectorId: sector.id, communeId: commune.id, members: 10, womenMembers: 6, youngMembers: 2 },
  });
  // Written here rather than through the grant form, so the dashboard summaries it feeds (which the event
  // page's comparison reads) get the grant as the app's own writes add it.
  await db.$transaction(async (tx) => {
    const created = await tx.grant.create({
      data: {
        prefectureId, cooperativeId: cooperative.id, programmeId: programme.id, titleAr: "معدات", titleFr: "Équipements", status: "APPROVED",
        approvedOn: new Date("2021-03-15T00:00:00Z"), approvalYear: 2021, communeId: commune.id, sectorId: sector.id,
        totalCostCentimes: 50_000_000n, indhContributionCentimes: 30_000_000n, beneficiaryContributionCentimes: 20_000_000n,
      },
      select: { id: true },
    });
    await applyGrantChange(tx, [], await grantContributions(tx, { id: created.id }));
  });
  return { cooperativeId: cooperative.id };
}

async function main() {
  const [command, arg] = process.argv.slice(2);
  const result = command === "setup" ? await setup() : command === "grant" ? await grant(Number(arg)) : null;
  if (!result) throw new Error("usage: province.ts setup | grant <prefectureId>");
  process.stdout.write(JSON.stringify(result));
  await getDb().$disconnect();
}

void main();
