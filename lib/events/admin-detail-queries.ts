import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";

const org = { select: { id: true, nameAr: true, nameFr: true, acronym: true } } as const;

/** Everything staff see on an event's page, both languages, drafts included; null outside their prefecture. */
export async function getAdminEvent(user: SessionUser, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return getDb().event.findFirst({
    where: { id, ...prefectureScope(user) },
    select: {
      id: true, prefectureId: true, slug: true, kind: true, status: true, version: true, publishedAt: true, createdAt: true, updatedAt: true,
      titleAr: true, titleFr: true, occasionAr: true, occasionFr: true, startsAt: true, venueAr: true, venueFr: true,
      attendance: true, attendanceNoteAr: true, attendanceNoteFr: true, summaryAr: true, summaryFr: true,
      bodyAr: true, bodyFr: true, sourceNameAr: true, sourceNameFr: true,
      prefecture: { select: { nameAr: true, nameFr: true } },
      commune: { select: { nameAr: true, nameFr: true } },
      place: { select: { nameAr: true, nameFr: true } },
      organiser: org,
      partners: { orderBy: { position: "asc" }, select: { organisation: org } },
      presentations: {
        orderBy: { position: "asc" },
        select: {
          id: true, position: true, titleAr: true, titleFr: true, presenterRoleAr: true, presenterRoleFr: true,
          summaryAr: true, summaryFr: true, organisation: org,
          reportedPeriodStartYear: true, reportedPeriodEndYear: true, reportedCooperativesFunded: true,
          reportedUrbanCooperatives: true, reportedRuralCooperatives: true,
          reportedTotalEnvelopeCentimes: true, reportedIndhContributionCentimes: true,
        },
      },
    },
  });
}

export type AdminEventDetail = NonNullable<Awaited<ReturnType<typeof getAdminEvent>>>;
