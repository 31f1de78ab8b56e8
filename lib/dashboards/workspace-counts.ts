import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import { createFiguresMemo } from "@/lib/data-changes/figures-memo";
import { noticeOtherWriters } from "@/lib/data-changes/other-writers";
import { FIGURES_MAX_AGE_MS, keepView } from "@/lib/data-changes/keep-settings";

export type WorkspaceCounts = { cooperatives: number; grants: number; events: number; draftEvents: number; organisations: number };

/** How many records of each kind the user's prefecture holds, for the workspace's first page. */
export async function getWorkspaceCounts(user: SessionUser): Promise<WorkspaceCounts> {
  const db = getDb();
  const scope = prefectureScope(user);
  const [cooperatives, grants, events, draftEvents, organisations] = await Promise.all([
    db.cooperative.count({ where: scope }),
    db.grant.count({ where: scope }),
    db.event.count({ where: scope }),
    db.event.count({ where: { ...scope, status: "DRAFT" } }),
    db.organisation.count({ where: scope }),
  ]);
  return { cooperatives, grants, events, draftEvents, organisations };
}

// One entry per scope: the 75 prefectures and the country.
const memo = createFiguresMemo<WorkspaceCounts>({ maxEntries: 100, maxAgeMs: FIGURES_MAX_AGE_MS });

/**
 * The counts, kept until a write concerns the user's scope (lib/data-changes/figures-memo.ts): counting the
 * country's 1,000,000 grants and 200,000 cooperatives took 60 ms of every national manager's visit to the
 * home page (bench:national). Never shown stale: recomputed after a write, even for the country.
 */
export async function loadWorkspaceCounts(user: SessionUser): Promise<WorkspaceCounts> {
  if (FIGURES_MAX_AGE_MS > 0) await noticeOtherWriters();
  const prefectureId = user.isNational ? null : user.prefectureId;
  return keepView(memo, String(prefectureId ?? "national"), prefectureId, () => getWorkspaceCounts(user));
}
