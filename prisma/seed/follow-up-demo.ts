// The follow-up's demonstration data (issue 14): baselines and visits with indicators for demo grants,
// generated photos (lib/photos/demo-images.ts, processed like any upload, so their camera and GPS metadata
// are removed), three demo cooperatives with a public page, and one published demonstration event with a
// gallery and the cooperatives it presented. Every screen of the follow-up then has something to show.
// Everything hangs from demo grants, cooperatives and a demo event: removeDemo takes it all away.
import { refreshGrantLatestVisit } from "@/lib/dashboards/latest-visit";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { processPhoto } from "@/lib/photos/process";
import { demoPhotoJpeg } from "@/lib/photos/demo-images";
import { storePhotos } from "@/lib/photos/store";
import { Rng } from "./demo-random";

type Tx = Prisma.TransactionClient;
export type FollowUpDemoCounts = { baselines: number; visits: number; photos: number };

export const DEMO_EVENT_SLUG = "salon-cooperatives-demonstration";
const DAY_MS = 24 * 3600 * 1000;
const dateOnly = (ms: number) => { const d = new Date(ms); return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())); };

const FINDINGS: { state: "ON_TRACK" | "AT_RISK" | "STALLED" | "COMPLETED"; ar: string; fr: string }[] = [
  { state: "ON_TRACK", ar: "المعدات مركبة والإنتاج منتظم. الحسابات ممسوكة.", fr: "Équipements installés, production régulière. Comptabilité tenue." },
  { state: "ON_TRACK", ar: "ارتفاع الطلب بعد المشاركة في المعرض الجهوي.", fr: "Demande en hausse après la participation au salon régional." },
  { state: "AT_RISK", ar: "تأخر في تزويد المواد الأولية وتراجع المبيعات هذا الموسم.", fr: "Retards d'approvisionnement en matières premières et ventes en baisse cette saison." },
  { state: "STALLED", ar: "الورشة متوقفة منذ شهرين بسبب عطب في آلة التعبئة.", fr: "Atelier à l'arrêt depuis deux mois : panne de la machine d'emballage." },
  { state: "COMPLETED", ar: "أُنجز المشروع كما هو مبرمج وحققت التعاونية أهدافها.", fr: "Projet réalisé comme prévu ; la coopérative a atteint ses objectifs." },
];

const PHOTO_TEXTS = [
  { captionAr: "ورشة التعاونية بعد تركيب المعدات", captionFr: "L'atelier de la coopérative après l'installation des équipements", altAr: "ورشة بها آلات جديدة ونساء يعملن", altFr: "Un atelier avec des machines neuves et des femmes au travail" },
  { captionAr: "منتجات التعاونية المعبأة", captionFr: "Les produits emballés de la coopérative", altAr: "رفوف عليها علب منتجات محلية", altFr: "Des étagères de produits du terroir en boîtes" },
  { captionAr: "رواق التعاونيات في المعرض", captionFr: "Le stand des coopératives au salon", altAr: "زوار أمام رواق عرض المنتجات", altFr: "Des visiteurs devant un stand de produits" },
];

/** A demo account to sign visits and photos (the funding demo creates them, inactive if not asked for). */
async function demoStaffId(tx: Tx): Promise<number> {
  const user = await tx.user.findFirst({ where: { isDemo: true }, orderBy: { id: "asc" }, select: { id: true } });
  if (!user) throw new Error("seedFollowUpDemo: no demo account; run seedFundingDemo first.");
  return user.id;
}

async function demoPhotos(count: number, firstSeed: number, label: string) {
  const photos = [];
  for (let i = 0; i < count; i++) {
    const processed = await processPhoto(await demoPhotoJpeg(firstSeed + i, `${label} ${i + 1}`));
    if ("refused" in processed) throw new Error(`seedFollowUpDemo: a demo photo was refused (${processed.refused})`);
    photos.push(processed);
  }
  return photos;
}

export async function seedFollowUpDemo(db: PrismaClient, prefectureId: number, now = Date.now()): Promise<FollowUpDemoCounts> {
  if (await db.event.findUnique({ where: { slug: DEMO_EVENT_SLUG }, select: { id: true } })) return counts(db);
  // Photos are processed before the transaction: resizing takes a moment, the database is not held meanwhile.
  const visitPhotos = await demoPhotos(3, 101, "INDH demo visit");
  const eventPhotos = await demoPhotos(3, 201, "INDH demo fair");
  await db.$transaction(async (tx) => {
    const staff = await demoStaffId(tx);
    const rng = new Rng(14);
    const today = dateOnly(now).getTime();
    const grants = await tx.grant.findMany({
      where: { prefectureId, isDemo: true, status: { not: "CANCELLED" } },
      select: { id: true, approvedOn: true, cooperativeId: true, indhContributionCentimes: true, convention: { select: { signedOn: true } } },
      orderBy: { id: "asc" },
      take: 30,
    });
    const visited: { visitId: number; cooperativeId: number }[] = [];
    for (const [i, g] of grants.entries()) {
      const jobs = rng.int(2, 8);
      const base = { jobs, jobsWomen: rng.int(1, jobs), jobsYoung: rng.int(0, Math.floor(jobs / 2)), members: rng.int(8, 30), annualRevenueCentimes: BigInt(rng.int(40, 400)) * 100_000n, productionQuantity: rng.int(200, 2000) };
      await tx.grantBaseline.create({ data: { grantId: g.id, ...base, productionUnitAr: "كلغ في الشهر", productionUnitFr: "kg par mois" } });
      // One grant in five is not visited yet; of the visited, the oldest visits are past six months.
      if (i % 5 === 4) continue;
      const start = Math.max(g.approvedOn.getTime(), g.convention?.signedOn?.getTime() ?? 0);
      const span = Math.max(1, Math.floor((today - start) / DAY_MS));
      const visitsCount = span > 200 ? 2 : 1;
      for (let v = 0; v < visitsCount; v++) {
        const daysAfter = visitsCount === 2 && v === 0 ? Math.floor(span / 3) : Math.max(0, span - (i % 3 === 0 ? rng.int(200, Math.max(201, span)) : rng.int(5, 60)));
        const visitedOn = dateOnly(Math.min(today, start + Math.min(daysAfter, span) * DAY_MS));
        const finding = v === visitsCount - 1 ? FINDINGS[i % FINDINGS.length]! : FINDINGS[0]!;
        const grown = base.jobs + rng.int(0, 6) * (v + 1);
        const visit = await tx.visit.create({
          data: {
            prefectureId, grantId: g.id, visitedOn, visitors: "أطر قسم العمل الاجتماعي — Cadres de la DAS", findings: `${finding.ar}\n${finding.fr}`,
            projectState: finding.state, jobs: grown, jobsWomen: Math.min(grown, base.jobsWomen + rng.int(0, 3)), jobsYoung: Math.min(grown, base.jobsYoung + rng.int(0, 2)),
            members: base.members + rng.int(0, 5), annualRevenueCentimes: base.annualRevenueCentimes + BigInt(rng.int(0, 200)) * 100_000n,
            productionQuantity: base.productionQuantity + rng.int(0, 800), recordedById: staff, isDemo: true,
          },
          select: { id: true },
        });
        if (v === visitsCount - 1) visited.push({ visitId: visit.id, cooperativeId: g.cooperativeId });
      }
      await refreshGrantLatestVisit(tx, g.id);
    }
    // Three visited cooperatives get a public page, each with one described public photo.
    const shown = visited.filter((v, i, all) => all.findIndex((w) => w.cooperativeId === v.cooperativeId) === i).slice(0, 3);
    for (const [i, v] of shown.entries()) {
      await tx.cooperative.update({ where: { id: v.cooperativeId }, data: { isPublic: true } });
      const [photoId] = await storePhotos(tx, { prefectureId, uploadedById: staff, visitId: v.visitId, cooperativeId: v.cooperativeId, isDemo: true }, [visitPhotos[i]!]);
      await tx.photo.update({ where: { id: photoId }, data: { ...PHOTO_TEXTS[i % 2]!, isPublic: true } });
    }
    const organiser = await tx.organisation.findFirstOrThrow({ where: { prefectureId }, orderBy: { id: "asc" }, select: { id: true } });
    const event = await tx.event.create({
      data: {
        prefectureId, slug: DEMO_EVENT_SLUG, kind: "FAIR", isDemo: true, status: "PUBLISHED", publishedAt: new Date("2025-06-21T12:00:00Z"),
        titleAr: "معرض تعاونيات طنجة أصيلة (بيانات تجريبية)", titleFr: "Salon des coopératives de Tanger-Assilah (données de démonstration)",
        // Before the seed article's meeting (9 July 2025): the home page's "latest event" stays the real one.
        startsAt: new Date("2025-06-20T10:00:00Z"), venueAr: "قصر المعارض، طنجة", venueFr: "Palais des expositions, Tanger", organiserId: organiser.id,
        summaryAr: "لقاء تجريبي لعرض معرض الصور والتعاونيات المقدَّمة. ليس حدثًا حقيقيًا.", summaryFr: "Rencontre de démonstration pour montrer la galerie et les coopératives présentées. Ce n'est pas un événement réel.",
        bodyAr: "هذه صفحة تجريبية: الصور مولدة آليًا والتعاونيات من بيانات العرض.", bodyFr: "Page de démonstration : les photos sont générées et les coopératives viennent des données de démonstration.",
        cooperatives: { create: shown.map((v) => ({ cooperativeId: v.cooperativeId })) },
      },
      select: { id: true },
    });
    const ids = await storePhotos(tx, { prefectureId, uploadedById: staff, eventId: event.id, isDemo: true }, eventPhotos);
    for (const [i, id] of ids.entries()) {
      // The last one stays private, without texts: the staff page shows what is missing before it can go public.
      if (i < ids.length - 1) await tx.photo.update({ where: { id }, data: { ...PHOTO_TEXTS[2 - i]!, isPublic: true } });
    }
  }, { timeout: 60_000 });
  return counts(db);
}

async function counts(db: PrismaClient | Tx): Promise<FollowUpDemoCounts> {
  const [baselines, visits, photos] = await Promise.all([
    db.grantBaseline.count({ where: { grant: { isDemo: true } } }),
    db.visit.count({ where: { grant: { isDemo: true } } }),
    db.photo.count({ where: { isDemo: true } }),
  ]);
  return { baselines, visits, photos };
}

/** Before demo grants, cooperatives and events go: their photos (and files), visits and the demo event. */
export async function removeFollowUpDemo(tx: Tx): Promise<FollowUpDemoCounts> {
  const before = await counts(tx);
  const photos = await tx.photo.findMany({
    where: { OR: [{ isDemo: true }, { visit: { grant: { isDemo: true } } }, { event: { isDemo: true } }, { cooperative: { isDemo: true } }] },
    select: { id: true, variants: { select: { fileId: true } } },
  });
  await tx.photo.deleteMany({ where: { id: { in: photos.map((p) => p.id) } } });
  await tx.storedFile.deleteMany({ where: { id: { in: photos.flatMap((p) => p.variants.map((v) => v.fileId)) } } });
  await tx.visit.deleteMany({ where: { grant: { isDemo: true } } });
  await tx.grantLatestVisit.deleteMany({ where: { grant: { isDemo: true } } });
  await tx.event.deleteMany({ where: { isDemo: true } });
  return before;
}
