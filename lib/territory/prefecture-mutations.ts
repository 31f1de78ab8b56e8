import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { DomainError } from "@/lib/domain-error";
import type { SessionUser } from "@/lib/auth/types";
import { requireNational, type Tx } from "@/lib/territory/write-helpers";
import type { PrefectureInput, PrefectureUpdateInput } from "@/lib/territory/schema";

// Prefectures and provinces are national reference data (decree 2-15-40), loaded by the seed. A national
// admin adds one when the list changes and corrects names; a prefecture admin writes none, not even their
// own (its name is what every other prefecture's reports show). Audit entries carry the prefecture itself,
// so its own admins see its history too.

const PREFECTURE = { id: true, regionId: true, code: true, kind: true, nameAr: true, nameFr: true } as const;

async function refuseUnknownRegion(tx: Tx, regionId: number) {
  if (!(await tx.region.findUnique({ where: { id: regionId }, select: { id: true } }))) {
    throw new DomainError([{ field: "regionId", code: "unknownRegion" }]);
  }
}

export async function createPrefecture(admin: SessionUser, input: PrefectureInput): Promise<{ id: number }> {
  requireNational(admin, "code");
  return getDb().$transaction(async (tx) => {
    await refuseUnknownRegion(tx, input.regionId);
    if (await tx.prefecture.findUnique({ where: { code: input.code }, select: { id: true } })) {
      throw new DomainError([{ field: "code", code: "codeTaken" }]);
    }
    const after = await tx.prefecture.create({ data: input, select: PREFECTURE });
    await recordAudit(tx, { actor: admin, prefectureId: after.id, action: "CREATE", entityType: "Prefecture", entityId: after.id, after });
    return { id: after.id };
  });
}

export async function updatePrefecture(admin: SessionUser, id: number, input: PrefectureUpdateInput): Promise<void> {
  requireNational(admin, "nameAr");
  await getDb().$transaction(async (tx) => {
    const stored = await tx.prefecture.findUnique({ where: { id }, select: { ...PREFECTURE, version: true } });
    if (!stored) throw new RecordNotFoundError();
    const { version, ...before } = stored;
    const { version: expected, ...data } = input;
    if (version !== expected) throw new VersionConflictError(prefectureValues(before), version);
    await refuseUnknownRegion(tx, data.regionId);
    // The version in the where clause also catches a write landing between the read and this update.
    const { count } = await tx.prefecture.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) {
      const latest = await tx.prefecture.findUniqueOrThrow({ where: { id }, select: { ...PREFECTURE, version: true } });
      throw new VersionConflictError(prefectureValues(latest), latest.version);
    }
    const after = await tx.prefecture.findUniqueOrThrow({ where: { id }, select: PREFECTURE });
    await recordAudit(tx, { actor: admin, prefectureId: id, action: "UPDATE", entityType: "Prefecture", entityId: id, before, after });
  });
}

function prefectureValues(p: { regionId: number; kind: string; nameAr: string; nameFr: string }): Record<string, string> {
  return { regionId: String(p.regionId), kind: p.kind, nameAr: p.nameAr, nameFr: p.nameFr };
}
