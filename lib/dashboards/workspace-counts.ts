import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";

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
