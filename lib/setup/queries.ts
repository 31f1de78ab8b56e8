import "server-only";
import { getDb } from "@/lib/db";

/** No active administrator: the app cannot be administered until the first-run setup creates one. */
export async function hasActiveAdmin(): Promise<boolean> {
  return (await getDb().user.count({ where: { role: "ADMIN", isActive: true } })) > 0;
}

/** The setup page exists only while it can be used: no active administrator and a live token. */
export async function isSetupOpen(now = new Date()): Promise<boolean> {
  if (await hasActiveAdmin()) return false;
  return (await getDb().setupToken.count({ where: { usedAt: null, expiresAt: { gt: now } } })) > 0;
}

export async function listSetupPrefectures() {
  return getDb().prefecture.findMany({ select: { id: true, nameAr: true, nameFr: true }, orderBy: { id: "asc" } });
}
