import "server-only";
/**
 * The workspace home's "needs attention" lists, computed once per scope and day and kept until the records
 * change (lib/data-changes/figures-memo.ts), as the dashboard's views are: at 1,000,000 grants the three
 * groups read from the records cost 0.4 s of database time for a large prefecture and 1 s for the country
 * (bench:national), and every member of staff lands on that page after signing in and after most saves.
 * A write for the prefecture makes its lists stale at once (the staff who just paid a tranche no longer see
 * it as overdue); a national user's lists, which every write in the country makes stale, are shown for up to
 * FIGURES_STALE_SECONDS after a write while they are recomputed, and say so. The closing calls are read on
 * every visit: they change with the clock (a call closes at an instant) and take one indexed query.
 */
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { moroccoToday } from "@/lib/conventions/rules";
import { getRecordsNeedingAttention, listClosingCalls } from "@/lib/attention/queries";
import type { NeedsAttention, RecordsNeedingAttention } from "@/lib/attention/types";
import { createFiguresMemo } from "@/lib/data-changes/figures-memo";
import { noticeOtherWriters } from "@/lib/data-changes/other-writers";
import { FIGURES_MAX_AGE_MS, keepView } from "@/lib/data-changes/keep-settings";

// A key per scope (75 prefectures and the country), language and day: a few hundred entries at most.
const memo = createFiguresMemo<RecordsNeedingAttention>({ maxEntries: 400, maxAgeMs: FIGURES_MAX_AGE_MS });

export type KeptNeedsAttention = NeedsAttention & {
  /** Records changed since these lists were computed and they are being recomputed (a national user's only). */
  beingUpdated: boolean;
};

export async function loadNeedsAttention(user: SessionUser, locale: AppLocale): Promise<KeptNeedsAttention> {
  const today = moroccoToday();
  const [{ records, beingUpdated }, closingCalls] = await Promise.all([keptRecords(user, locale, today), listClosingCalls(user, locale, today, new Date())]);
  return { ...records, closingCalls, beingUpdated };
}

async function keptRecords(user: SessionUser, locale: AppLocale, today: Date): Promise<{ records: RecordsNeedingAttention; beingUpdated: boolean }> {
  if (FIGURES_MAX_AGE_MS > 0) await noticeOtherWriters();
  const prefectureId = user.isNational ? null : user.prefectureId;
  const key = JSON.stringify([prefectureId ?? "national", locale, today.toISOString()]);
  let beingUpdated = false;
  const records = await keepView(memo, key, prefectureId, () => getRecordsNeedingAttention(user, locale, today), () => (beingUpdated = true));
  return { records, beingUpdated };
}
