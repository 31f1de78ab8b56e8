import "server-only";
import { getDb } from "@/lib/db";
import { prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { formatFormDate } from "@/lib/format/dates";
import { moroccoToday, nextReference } from "@/lib/conventions/rules";
import { storedConventionSelect, type StoredConvention } from "@/lib/conventions/snapshot";
import { STANDARD_OBLIGATIONS, STANDARD_RESULTS, standardMilestoneLabel } from "@/lib/conventions/standard-text";
import type { ConventionSummary, ConventionView, TrancheOption } from "@/lib/conventions/types";

type Named = { nameAr: string; nameFr: string };

/** The convention of a grant of the user's prefecture, for the page and the print; null when none (or not theirs). */
export async function getConventionView(user: SessionUser, grantId: number, locale: AppLocale): Promise<ConventionView | null> {
  const g = await getDb().grant.findFirst({
    where: { id: grantId, ...prefectureScope(user) },
    select: {
      id: true, version: true, titleAr: true, titleFr: true, approvedOn: true,
      totalCostCentimes: true, indhContributionCentimes: true, beneficiaryContributionCentimes: true,
      prefecture: { select: { nameAr: true, nameFr: true } },
      cooperative: { select: { nameAr: true, nameFr: true, registerNumber: true, commune: { select: { nameAr: true, nameFr: true } } } },
      partnerContributions: { select: { amountCentimes: true, organisation: { select: { nameAr: true, nameFr: true, acronym: true } } }, orderBy: { id: "asc" } },
      tranches: { select: { id: true, position: true, plannedOn: true, amountCentimes: true, paidOn: true }, orderBy: { position: "asc" } },
      convention: {
        select: {
          id: true, version: true, reference: true, obligationsAr: true, obligationsFr: true, resultsAr: true, resultsFr: true, signedOn: true, createdAt: true,
          milestones: { select: { id: true, position: true, labelAr: true, labelFr: true, dueOn: true, reachedOn: true, trancheId: true }, orderBy: { position: "asc" } },
        },
      },
    },
  });
  if (!g?.convention) return null;
  const name = (r: Named) => localized(locale, r.nameAr, r.nameFr);
  const c = g.convention;
  return {
    id: c.id, version: c.version, reference: c.reference, signedOn: c.signedOn, createdAt: c.createdAt,
    obligations: localized(locale, c.obligationsAr, c.obligationsFr),
    results: localized(locale, c.resultsAr, c.resultsFr),
    milestones: c.milestones.map((m) => {
      const tranche = g.tranches.find((t) => t.id === m.trancheId);
      return {
        id: m.id, position: m.position, label: localized(locale, m.labelAr, m.labelFr), dueOn: m.dueOn, reachedOn: m.reachedOn,
        tranche: tranche ? { position: tranche.position, amountCentimes: tranche.amountCentimes, paidOn: tranche.paidOn } : null,
      };
    }),
    grant: {
      id: g.id, version: g.version, title: localized(locale, g.titleAr, g.titleFr), approvedOn: g.approvedOn, prefecture: { name: name(g.prefecture), nameAr: g.prefecture.nameAr, nameFr: g.prefecture.nameFr },
      cooperative: { name: name(g.cooperative), registerNumber: g.cooperative.registerNumber, commune: name(g.cooperative.commune) },
      totalCostCentimes: g.totalCostCentimes, indhContributionCentimes: g.indhContributionCentimes, beneficiaryContributionCentimes: g.beneficiaryContributionCentimes,
      partners: g.partnerContributions.map((p) => ({ name: p.organisation.acronym ? `${name(p.organisation)} (${p.organisation.acronym})` : name(p.organisation), amountCentimes: p.amountCentimes })),
      tranches: g.tranches.map(({ id: _id, ...t }) => t),
    },
  };
}

/** For the grant page: the convention's reference and state, or null when the grant has none yet. */
export async function getConventionSummary(user: SessionUser, grantId: number): Promise<ConventionSummary | null> {
  const c = await getDb().convention.findFirst({
    where: { grantId, ...prefectureScope(user) },
    select: { reference: true, signedOn: true, milestones: { select: { reachedOn: true } } },
  });
  if (!c) return null;
  return { reference: c.reference, signedOn: c.signedOn, milestones: c.milestones.length, reached: c.milestones.filter((m) => m.reachedOn).length };
}

/**
 * What the convention form needs: the grant's tranches to choose from, and either the stored convention
 * (to edit) or a proposal (to create): the next free reference and the standard texts, one milestone per
 * tranche due on its planned date. Null when the grant is not the user's.
 */
export async function getConventionForm(user: SessionUser, grantId: number): Promise<{ grantTitle: { ar: string; fr: string }; tranches: TrancheOption[]; stored: StoredConvention | null; proposal: Record<string, string> } | null> {
  const db = getDb();
  const g = await db.grant.findFirst({
    where: { id: grantId, ...prefectureScope(user) },
    select: {
      prefectureId: true, titleAr: true, titleFr: true,
      tranches: { select: { id: true, position: true, amountCentimes: true, plannedOn: true }, orderBy: { position: "asc" } },
      convention: { select: storedConventionSelect },
    },
  });
  if (!g) return null;
  const year = moroccoToday().getUTCFullYear();
  const used = await db.convention.findMany({ where: { prefectureId: g.prefectureId, reference: { startsWith: `CONV-${year}-` } }, select: { reference: true } });
  const proposal: Record<string, string> = {
    reference: nextReference(year, used.map((u) => u.reference)),
    obligationsAr: STANDARD_OBLIGATIONS.ar, obligationsFr: STANDARD_OBLIGATIONS.fr,
    resultsAr: STANDARD_RESULTS.ar, resultsFr: STANDARD_RESULTS.fr,
  };
  g.tranches.forEach((t, i) => {
    const label = standardMilestoneLabel(t.position, g.tranches.length);
    Object.assign(proposal, {
      [`milestones.${i}.labelAr`]: label.ar, [`milestones.${i}.labelFr`]: label.fr,
      [`milestones.${i}.dueOn`]: formatFormDate(t.plannedOn), [`milestones.${i}.trancheId`]: String(t.id),
    });
  });
  return { grantTitle: { ar: g.titleAr, fr: g.titleFr }, tranches: g.tranches, stored: g.convention, proposal };
}
