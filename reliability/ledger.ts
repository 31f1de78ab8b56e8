// What the writers were told against what the database holds. "exact" (concurrency): every acknowledged
// write is there and nothing else. "crash": acknowledged writes must all be there (durability); writes whose
// answer was cut by the SIGKILL may or may not be, but each one is whole: the member count, the version and
// the audit trail moved together, and a grant exists with its audit entry or not at all.
import type { PrismaClient } from "@/lib/db";
import type { WriterTally } from "./writers";

type SharedState = { members: number; version: number; updates: number };
export type SharedSnapshot = Map<number, SharedState>;

export async function snapshotShared(db: PrismaClient, ids: number[]): Promise<SharedSnapshot> {
  const snapshot: SharedSnapshot = new Map();
  for (const id of ids) {
    const c = await db.cooperative.findUniqueOrThrow({ where: { id }, select: { members: true, version: true } });
    const updates = await db.auditEntry.count({ where: { entityType: "Cooperative", entityId: String(id), action: "UPDATE" } });
    snapshot.set(id, { ...c, updates });
  }
  return snapshot;
}

export type LedgerCheck = { acknowledged: number; found: number; failures: string[] };

export async function checkIncrements(db: PrismaClient, before: SharedSnapshot, tally: WriterTally, mode: "exact" | "crash"): Promise<LedgerCheck> {
  const after = await snapshotShared(db, [...before.keys()]);
  const result: LedgerCheck = { acknowledged: 0, found: 0, failures: [] };
  for (const [id, b] of before) {
    const a = after.get(id)!;
    const [members, versions, audits] = [a.members - b.members, a.version - b.version, a.updates - b.updates];
    const acknowledged = tally.incrementsAcknowledged.get(id) ?? 0;
    const sent = tally.incrementsSent.get(id) ?? 0;
    result.acknowledged += acknowledged;
    result.found += members;
    if (members !== versions || members !== audits) result.failures.push(`cooperative ${id}: +${members} members, +${versions} versions, +${audits} audit entries (a partial write)`);
    if (mode === "exact" && members !== acknowledged) result.failures.push(`cooperative ${id}: ${acknowledged} saves acknowledged, +${members} members found`);
    if (mode === "crash" && (members < acknowledged || members > sent)) result.failures.push(`cooperative ${id}: +${members} members, outside [${acknowledged} acknowledged, ${sent} sent]`);
  }
  return result;
}

export type GrantCheck = LedgerCheck & { acknowledgedCentimes: bigint; foundCentimes: bigint };

export async function checkGrants(db: PrismaClient, titlePrefix: string, tally: WriterTally, mode: "exact" | "crash"): Promise<GrantCheck> {
  const found = await db.grant.findMany({ where: { titleFr: { startsWith: `${titlePrefix} ` } }, select: { id: true, titleFr: true, totalCostCentimes: true } });
  const audited = await db.auditEntry.count({ where: { entityType: "Grant", action: "CREATE", entityId: { in: found.map((g) => String(g.id)) } } });
  const acknowledgedCentimes = [...tally.grantsAcknowledged.values()].reduce((sum, c) => sum + c, 0n);
  const foundCentimes = found.reduce((sum, g) => sum + g.totalCostCentimes, 0n);
  const failures: string[] = [];
  const foundIds = new Set(found.map((g) => g.id));
  const missing = [...tally.grantsAcknowledged.keys()].filter((id) => !foundIds.has(id));
  if (missing.length > 0) failures.push(`${missing.length} acknowledged grants missing (ids ${missing.slice(0, 5).join(", ")})`);
  if (audited !== found.length) failures.push(`${found.length} grants found but ${audited} CREATE audit entries`);
  const unsent = found.filter((g) => !tally.grantTitlesSent.has(g.titleFr));
  if (unsent.length > 0) failures.push(`${unsent.length} grants nobody sent`);
  if (mode === "exact") {
    if (found.length !== tally.grantsAcknowledged.size) failures.push(`${tally.grantsAcknowledged.size} grants acknowledged, ${found.length} found`);
    if (foundCentimes !== acknowledgedCentimes) failures.push(`acknowledged ${acknowledgedCentimes} centimes, found ${foundCentimes}`);
  }
  return { acknowledged: tally.grantsAcknowledged.size, found: found.length, acknowledgedCentimes, foundCentimes, failures };
}
