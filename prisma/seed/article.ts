// Loads the seed article (article-content.ts) as an Event with its partners and presentations.
// Like reference.ts it is found by its natural key (the slug) first: if it is already there it is returned
// untouched, so seeding twice changes nothing and never overwrites what staff edited since.
// The article is real, so isDemo stays false.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { COOPERATIVES_DAY_TANGER_2025 as ARTICLE } from "./article-content";

export async function seedArticle(db: PrismaClient, prefectureId: number): Promise<{ eventId: number }> {
  const existing = await db.event.findUnique({ where: { slug: ARTICLE.slug }, select: { id: true } });
  if (existing) return { eventId: existing.id };

  // One transaction: an event is never left without its partners or presentations.
  return db.$transaction(async (tx) => {
    const organisationIds = new Map<string, number>();
    const codes = [
      ARTICLE.organiserCode,
      ...ARTICLE.partnerCodes,
      ...ARTICLE.presentations.map((p) => p.organisationCode),
    ];
    for (const code of new Set(codes)) {
      const organisation = await tx.organisation.findUnique({
        where: { prefectureId_code: { prefectureId, code } },
        select: { id: true },
      });
      if (!organisation) {
        throw new Error(
          `seedArticle: organisation "${code}" is missing in prefecture ${prefectureId}; run seedReference first.`,
        );
      }
      organisationIds.set(code, organisation.id);
    }
    const organisationId = (code: string): number => {
      const id = organisationIds.get(code);
      if (id === undefined) throw new Error(`seedArticle: organisation "${code}" was not resolved.`);
      return id;
    };

    const commune = await tx.commune.findUnique({
      where: { prefectureId_code: { prefectureId, code: ARTICLE.communeCode } },
      select: { id: true },
    });
    if (!commune) {
      throw new Error(
        `seedArticle: commune "${ARTICLE.communeCode}" is missing in prefecture ${prefectureId}; run seedReference first.`,
      );
    }

    const event = await tx.event.create({
      data: {
        prefectureId,
        slug: ARTICLE.slug,
        kind: ARTICLE.kind,
        titleAr: ARTICLE.titleAr,
        titleFr: ARTICLE.titleFr,
        occasionAr: ARTICLE.occasionAr,
        occasionFr: ARTICLE.occasionFr,
        startsAt: ARTICLE.startsAt,
        venueAr: ARTICLE.venueAr,
        venueFr: ARTICLE.venueFr,
        communeId: commune.id,
        organiserId: organisationId(ARTICLE.organiserCode),
        attendance: ARTICLE.attendance,
        attendanceNoteAr: ARTICLE.attendanceNoteAr,
        attendanceNoteFr: ARTICLE.attendanceNoteFr,
        summaryAr: ARTICLE.summaryAr,
        summaryFr: ARTICLE.summaryFr,
        bodyAr: ARTICLE.bodyAr,
        bodyFr: ARTICLE.bodyFr,
        sourceNameAr: ARTICLE.sourceNameAr,
        sourceNameFr: ARTICLE.sourceNameFr,
        status: ARTICLE.status,
        publishedAt: ARTICLE.publishedAt,
        isDemo: false,
      },
      select: { id: true },
    });

    for (const [index, code] of ARTICLE.partnerCodes.entries()) {
      await tx.eventPartner.create({
        data: { eventId: event.id, organisationId: organisationId(code), position: index + 1 },
      });
    }

    for (const presentation of ARTICLE.presentations) {
      await tx.presentation.create({
        data: {
          eventId: event.id,
          position: presentation.position,
          titleAr: presentation.titleAr,
          titleFr: presentation.titleFr,
          presenterRoleAr: presentation.presenterRoleAr,
          presenterRoleFr: presentation.presenterRoleFr,
          organisationId: organisationId(presentation.organisationCode),
          summaryAr: presentation.summaryAr,
          summaryFr: presentation.summaryFr,
          // Reported figures go in as printed, contradictions included (see article-content.ts).
          reportedPeriodStartYear: presentation.reportedPeriodStartYear ?? null,
          reportedPeriodEndYear: presentation.reportedPeriodEndYear ?? null,
          reportedCooperativesFunded: presentation.reportedCooperativesFunded ?? null,
          reportedUrbanCooperatives: presentation.reportedUrbanCooperatives ?? null,
          reportedRuralCooperatives: presentation.reportedRuralCooperatives ?? null,
          reportedTotalEnvelopeCentimes: presentation.reportedTotalEnvelopeCentimes ?? null,
          reportedIndhContributionCentimes: presentation.reportedIndhContributionCentimes ?? null,
        },
      });
    }

    return { eventId: event.id };
  });
}
