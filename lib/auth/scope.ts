import type { SessionUser } from "@/lib/auth/types";

/**
 * The `where` fragment that keeps every read and write inside the user's prefecture. National users see
 * every prefecture. Use it in every query of a prefecture-owned record.
 */
export function prefectureScope(user: SessionUser): { prefectureId?: number } {
  return user.isNational ? {} : { prefectureId: user.prefectureId };
}

export function mayTouchPrefecture(user: SessionUser, prefectureId: number): boolean {
  return user.isNational || user.prefectureId === prefectureId;
}
