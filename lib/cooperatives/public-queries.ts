import "server-only";
// A cooperative's public page, and the list of public cooperatives on the results page. Only cooperatives
// the prefecture marked public; only what a cooperative's public page is for: who they are, where, the
// projects funded (amounts, phase, programme), their public photos and the published events that
// presented them. No contact details, no person's name.
import { getDb } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { PUBLIC_PHOTO, photoViewSelect, toPhotoView, type PhotoView } from "@/lib/photos/queries";

export type PublicCooperative = {
  id: number; name: string; commune: string; zone: "URBAN" | "RURAL"; prefecture: string; sector: string;
  foundedOn: Date | null; members: number; womenMembers: number; youngMembers: number; isDemo: boolean;
  grants: { id: number; title: string; programme: string; phase: string; approvedOn: Date; status: string; totalCostCentimes: bigint; indhContributionCentimes: bigint }[];
  photos: PhotoView[];
  events: { slug: string; title: string; startsAt: Date }[];
};

const named = (locale: AppLocale, r: { nameAr: string; nameFr: string }) => localized(locale, r.nameAr, r.nameFr);

export async function getPublicCooperative(id: number, locale: AppLocale): Promise<PublicCooperative | null> {
  const db = getDb();
  const c = await db.cooperative.findFirst({
    where: { id, isPublic: true },
    select: {
      id: true, nameAr: true, nameFr: true, foundedOn: true, members: true, womenMembers: true, youngMembers: true, isDemo: true,
      commune: { select: { nameAr: true, nameFr: true, setting: true } },
      prefecture: { select: { nameAr: true, nameFr: true } },
      sector: { select: { nameAr: true, nameFr: true } },
      grants: {
        where: { status: { not: "CANCELLED" } },
        select: {
          id: true, titleAr: true, titleFr: true, approvedOn: true, status: true, totalCostCentimes: true, indhContributionCentimes: true,
          programme: { select: { nameAr: true, nameFr: true, phase: { select: { nameAr: true, nameFr: true } } } },
        },
        orderBy: { approvedOn: "desc" },
      },
      events: {
        where: { event: { status: "PUBLISHED" } },
        select: { event: { select: { slug: true, titleAr: true, titleFr: true, startsAt: true } } },
        orderBy: { event: { startsAt: "desc" } },
      },
    },
  });
  if (!c) return null;
  const photos = await db.photo.findMany({ where: { cooperativeId: c.id, ...PUBLIC_PHOTO }, select: photoViewSelect, orderBy: { id: "desc" }, take: 24 });
  return {
    id: c.id, name: named(locale, c), commune: named(locale, c.commune), zone: c.commune.setting === "URBAN" ? "URBAN" : "RURAL",
    prefecture: named(locale, c.prefecture), sector: named(locale, c.sector), foundedOn: c.foundedOn,
    members: c.members, womenMembers: c.womenMembers, youngMembers: c.youngMembers, isDemo: c.isDemo,
    grants: c.grants.map((g) => ({
      id: g.id, title: localized(locale, g.titleAr, g.titleFr), programme: named(locale, g.programme), phase: named(locale, g.programme.phase),
      approvedOn: g.approvedOn, status: g.status, totalCostCentimes: g.totalCostCentimes, indhContributionCentimes: g.indhContributionCentimes,
    })),
    photos: photos.map((p) => toPhotoView(p, locale)),
    events: c.events.map(({ event }) => ({ slug: event.slug, title: localized(locale, event.titleAr, event.titleFr), startsAt: event.startsAt })),
  };
}

export type PublicCooperativeLink = { id: number; name: string; commune: string };

/** Public cooperatives, by name: for the results page (all prefectures, as that page is national). */
export async function listPublicCooperatives(locale: AppLocale, where: { prefectureId?: number } = {}): Promise<PublicCooperativeLink[]> {
  const rows = await getDb().cooperative.findMany({
    where: { isPublic: true, ...where },
    select: { id: true, nameAr: true, nameFr: true, commune: { select: { nameAr: true, nameFr: true } } },
    orderBy: locale === "ar" ? { nameAr: "asc" } : { nameFr: "asc" },
    take: 200,
  });
  return rows.map((r) => ({ id: r.id, name: named(locale, r), commune: named(locale, r.commune) }));
}

/** The public cooperatives an event presented, for its public page. */
export async function listEventCooperatives(eventId: number, locale: AppLocale, { publicOnly }: { publicOnly: boolean }) {
  const rows = await getDb().eventCooperative.findMany({
    where: { eventId, ...(publicOnly ? { cooperative: { isPublic: true } } : {}) },
    select: { cooperative: { select: { id: true, nameAr: true, nameFr: true, registerNumber: true, isPublic: true, commune: { select: { nameAr: true, nameFr: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(({ cooperative: c }) => ({ id: c.id, name: named(locale, c), commune: named(locale, c.commune), registerNumber: c.registerNumber, isPublic: c.isPublic }));
}
