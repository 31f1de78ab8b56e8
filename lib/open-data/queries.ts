import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import { toThreeSixtyGivingPackage } from "@/lib/open-data/three-sixty-giving";
import type { OpenDataGrant, ThreeSixtyGivingPackage } from "@/lib/open-data/types";
import { publicBaseUrl } from "@/lib/public-base-url";

const names = { nameAr: true, nameFr: true } as const;

/**
 * Every grant an ADMIN marked public, in every prefecture: this feeds the public open-data files, which
 * need no session. Only the fields the 360Giving mapping publishes are read: no contact, no member count.
 */
export async function listPublicGrants(): Promise<OpenDataGrant[]> {
  const rows = await getDb().grant.findMany({
    where: { isPublic: true },
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

/** Whether a grant of the user's prefecture is public, and its version for the publish form. */
export async function getGrantPublication(user: SessionUser, id: number): Promise<{ isPublic: boolean; version: number } | null> {
  return getDb().grant.findFirst({ where: { id, ...prefectureScope(user) }, select: { isPublic: true, version: true } });
}

/** The package as the public files serve it: addresses from PUBLIC_BASE_URL, issued now. */
export async function getThreeSixtyGivingPackage(): Promise<ThreeSixtyGivingPackage> {
  const baseUrl = publicBaseUrl();
  return toThreeSixtyGivingPackage(await listPublicGrants(), { baseUrl, issuedAt: new Date() });
}
