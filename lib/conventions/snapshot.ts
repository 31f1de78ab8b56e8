// Two views of a stored convention: the audit snapshot (what history diffs) and the form values (what the
// edit form shows, and what a version conflict compares with what the user typed).
import { formatFormDate } from "@/lib/format/dates";
import { calendarDate } from "@/lib/grants/snapshot";

export type StoredConvention = {
  id: number;
  prefectureId: number;
  grantId: number;
  reference: string;
  obligationsAr: string;
  obligationsFr: string;
  resultsAr: string;
  resultsFr: string;
  signedOn: Date | null;
  version: number;
  milestones: { id: number; position: number; labelAr: string; labelFr: string; dueOn: Date; reachedOn: Date | null; trancheId: number | null; tranche: { position: number } | null }[];
};

export const storedConventionSelect = {
  id: true, prefectureId: true, grantId: true, reference: true, obligationsAr: true, obligationsFr: true,
  resultsAr: true, resultsFr: true, signedOn: true, version: true,
  milestones: {
    select: { id: true, position: true, labelAr: true, labelFr: true, dueOn: true, reachedOn: true, trancheId: true, tranche: { select: { position: true } } },
    orderBy: { position: "asc" as const },
  },
};

/**
 * Milestones read in history as one line each ("2. Réception — 2025-06-30 — tranche 2 — atteint 2025-07-02"):
 * the trail shows texts as they are, so the line keeps both languages' labels.
 */
export function auditSnapshot(c: StoredConvention): Record<string, unknown> {
  return {
    reference: c.reference,
    obligationsAr: c.obligationsAr,
    obligationsFr: c.obligationsFr,
    resultsAr: c.resultsAr,
    resultsFr: c.resultsFr,
    signedOn: c.signedOn ? calendarDate(c.signedOn) : null,
    version: c.version,
    milestones: c.milestones
      .map((m) => [
        `${m.position}. ${m.labelAr} / ${m.labelFr}`,
        calendarDate(m.dueOn),
        m.tranche ? `#${m.tranche.position}` : "-",
        m.reachedOn ? `✓ ${calendarDate(m.reachedOn)}` : "",
      ].filter(Boolean).join(" — "))
      .join("\n"),
  };
}

export function toFormValues(c: StoredConvention): Record<string, string> {
  const values: Record<string, string> = {
    reference: c.reference,
    obligationsAr: c.obligationsAr,
    obligationsFr: c.obligationsFr,
    resultsAr: c.resultsAr,
    resultsFr: c.resultsFr,
  };
  c.milestones.forEach((m, i) => {
    values[`milestones.${i}.labelAr`] = m.labelAr;
    values[`milestones.${i}.labelFr`] = m.labelFr;
    values[`milestones.${i}.dueOn`] = formatFormDate(m.dueOn);
    values[`milestones.${i}.trancheId`] = m.trancheId === null ? "" : String(m.trancheId);
  });
  return values;
}
