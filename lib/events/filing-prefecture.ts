import "server-only";
import type { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { DomainError } from "@/lib/domain-error";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

/**
 * The prefecture or province a new event is filed under. A prefecture's own staff always file in their
 * own (a forged prefectureId naming another is refused, not silently ignored, so a test can see it). A
 * national user must name one: defaulting to the prefecture of their account is how an event held by
 * another province ended up under Tanger-Assilah and was reconciled with Tanger-Assilah's records.
 */
export async function resolveFilingPrefecture(tx: Tx, user: SessionUser, requested: number | null | undefined): Promise<number> {
  if (!user.isNational) {
    if (requested != null && requested !== user.prefectureId) throw new DomainError([{ field: "prefectureId", code: "nationalOnly" }]);
    return user.prefectureId;
  }
  if (requested == null) throw new DomainError([{ field: "prefectureId", code: "required" }]);
  const found = await tx.prefecture.findUnique({ where: { id: requested }, select: { id: true } });
  if (!found) throw new DomainError([{ field: "prefectureId", code: "unknownPrefecture" }]);
  return found.id;
}
