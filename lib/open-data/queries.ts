import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import { toThreeSixtyGivingPackage } from "@/lib/open-data/three-sixty-giving";
import type { OpenDataGrant, ThreeSixtyGivingPackage } from "@/lib/open-data/types";
import { publicBaseUrl } from "@/lib/public-base-url";

const names = { nameAr: true, nameFr: true } as const;

// What the open-data files publish: grants an ADMIN marked public, never a demonstration grant, even one
// flagged public in the database (by hand, an import, or before the mutation refused it).
const publishedGrants = { isPublic: true, isDemo: false } as const;

/** How many grants the open-data files publish; zero means there is no valid package to serve. */
export async function countPublishedGrants(): Promise<number> {
  return getDb().grant.count({ where: publishedGrants });
}

/**
 * Every grant an ADMIN marked public, in every prefecture: this feeds the public open-data files, which
 * need no session. Only the fields the 360Giving mapping publishes are read: no contact, no member count.
 */
export async function listPublicGrants(): Promise<OpenDataGrant[]> {
  const rows = await getDb().grant.findMany({
    where: publishedGrants,
    orderBy: [{ prefectureId: "asc" }, { approvedOn: "asc" }, { id: "asc" }],
    select: {
      id: true, titleAr: true, titleFr: true, approvedOn: true, updatedAt: true, indhContributionCentimes: true,
      prefecture: { select: { code: true, ...names } },
      programme: { select: { number: true, ...names, phase: { select: { number: true, nameFr: true } } } },
      axis: { select: { code: true, ...names } },
      cooperative: { select: { registerNumber: true, ...names, commune: { select: { code: true, ...names } } } },
      partnerContributions: { select: { organisation: { select: { code: true, acronym: true, ...names } } }, orderBy: { id: "asc" } },
    },
  });
  return rows.map(({ partnerContributions, ...grant }) => ({ ...grant, partners: partnerContributions.map((p) => p.organisation) }));
}

/** Whether a grant of the user's prefecture is public (and a demonstration grant), and its version for the publish form. */
export async function getGrantPublication(user: SessionUser, id: number): Promise<{ isPublic: boolean; isDemo: boolean; version: number } | null> {
  return getDb().grant.findFirst({ where: { id, ...prefectureScope(user) }, select: { isPublic: true, isDemo: true, version: true } });
}

/**
 * The package as the public files serve it (addresses from PUBLIC_BASE_URL, issued now), or null when no
 * grant is published: the 360Giving package schema requires at least one grant, so an empty package is
 * invalid and is never served.
 */
export async function getThreeSixtyGivingPackage(): Promise<ThreeSixtyGivingPackage | null> {
  const grants = await listPublicGrants();
  if (grants.length === 0) return null;
  return toThreeSixtyGivingPackage(grants, { baseUrl: publicBaseUrl(), issuedAt: new Date() });
}
