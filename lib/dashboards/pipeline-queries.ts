import "server-only";
// The funding pipeline under the dashboard's filters, computed in the database: grouping queries on
// Application (by commune, call and status) and on Grant (by commune and programme) return a few dozen
// groups, which the reference turns into zones and phases. Only the decided applications' two dates are
// read one by one, because a median cannot be grouped the same way on SQLite and PostgreSQL.
// The grant stages (approved, signed, paid) are placed by the grant's own facts: the commune of the
// cooperative the approval linked (the applicant, matched by register number in the prefecture) and the
// grant's programme (the call's); the filters still select them through their application.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { loadDashboardReference, nameIn, type DashboardReference, type Locale } from "@/lib/dashboards/dashboard-reference";
import { scopedPrefectureId } from "@/lib/dashboards/dashboard-where";
import { approvalDateRange } from "@/lib/dashboards/period";
import { FINAL_DECISIONS, daysBetween, pipelineFigures, type PipelinePlace, type PipelineRows } from "@/lib/dashboards/pipeline-figures";
import type { Pipeline } from "@/lib/dashboards/pipeline-types";
import type { Zone } from "@/lib/dashboards/types";

const ZONES: Zone[] = ["URBAN", "RURAL"];

/**
 * The dashboard's filters read for applications: the period is the year of submission, the zone and commune
 * those of the applicant's commune, programme and phase those of the call. The grant status filter has no
 * meaning before a grant exists and is left out.
 */
export function applicationWhere(prefectureId: number | undefined, filters: DashboardFilters, ref: DashboardReference): Prisma.ApplicationWhereInput {
  const and: Prisma.ApplicationWhereInput[] = [];
  if (prefectureId !== undefined) and.push({ prefectureId });
  if (filters.fromYear !== undefined || filters.toYear !== undefined) {
    const range = approvalDateRange({ fromYear: filters.fromYear ?? 1900, toYear: filters.toYear ?? 9998 });
    and.push({ submittedAt: { gte: filters.fromYear === undefined ? undefined : range.gte, lt: filters.toYear === undefined ? undefined : range.lt } });
  }
  if (filters.programmeId !== undefined) and.push({ call: { programmeId: filters.programmeId } });
  if (filters.phaseId !== undefined) {
    and.push({ call: { programmeId: { in: ref.programmes.filter((p) => p.phaseId === filters.phaseId).map((p) => p.id) } } });
  }
  if (filters.axisId !== undefined) and.push({ axisId: filters.axisId });
  if (filters.communeId !== undefined) and.push({ applicantCommuneId: filters.communeId });
  if (filters.zone !== undefined) {
    and.push({ applicantCommuneId: { in: ref.communes.filter((c) => c.setting === filters.zone).map((c) => c.id) } });
  }
  return { AND: and };
}

export async function getPipeline(user: SessionUser, filters: DashboardFilters, locale: Locale): Promise<Pipeline> {
  const prefectureId = scopedPrefectureId(user, filters);
  const ref = await loadDashboardReference(prefectureId);
  const rows = await loadPipelineRows(applicationWhere(prefectureId, filters, ref), ref);
  return {
    total: pipelineFigures(rows),
    byZone: ZONES.map((zone) => ({ key: zone, zone, label: zone, figures: pipelineFigures(rows, (p) => p.zone === zone) })),
    byPhase: ref.phases.map((phase) => ({
      key: String(phase.id),
      phaseId: phase.id,
      label: nameIn(locale, phase),
      figures: pipelineFigures(rows, (p) => p.phaseId === phase.id),
    })),
  };
}

async function loadPipelineRows(where: Prisma.ApplicationWhereInput, ref: DashboardReference): Promise<PipelineRows> {
  const db = getDb();
  const grantOf = (extra: Prisma.GrantWhereInput): Prisma.GrantWhereInput => ({ AND: [{ application: { is: where } }, extra] });
  const grantGroups = (extra: Prisma.GrantWhereInput) =>
    db.grant.groupBy({
      by: ["communeId", "programmeId"],
      where: grantOf(extra),
      _count: { _all: true },
      _sum: { indhContributionCentimes: true, tranchesPaidCentimes: true },
    });
  // better-sqlite3 runs one statement at a time, so Promise.all only saves the awaits between them.
  const [byStatus, reviewed, approved, signed, paid, decisions] = await Promise.all([
    db.application.groupBy({ by: ["applicantCommuneId", "callId", "status"], where, _count: { _all: true }, _sum: { requestedIndhCentimes: true } }),
    db.application.groupBy({
      by: ["applicantCommuneId", "callId"],
      where: { AND: [where, { reviews: { some: { submittedAt: { not: null } } } }] },
      _count: { _all: true },
      _sum: { requestedIndhCentimes: true },
    }),
    grantGroups({}),
    grantGroups({ convention: { is: { signedOn: { not: null } } } }),
    grantGroups({ tranchesPaidCentimes: { gt: 0n } }),
    db.application.findMany({
      where: { AND: [where, { status: { in: [...FINAL_DECISIONS] }, decidedAt: { not: null } }] },
      select: { applicantCommuneId: true, callId: true, submittedAt: true, decidedAt: true },
    }),
  ]);
  // Calls are few; their programme gives the phase of every application group.
  const callIds = [...new Set([...byStatus, ...reviewed, ...decisions].map((r) => r.callId))];
  const calls = await db.callForProjects.findMany({ where: { id: { in: callIds } }, select: { id: true, programmeId: true } });
  const programmeOfCall = new Map(calls.map((c) => [c.id, c.programmeId]));
  const place = (communeId: number, programmeId: number | undefined): PipelinePlace | undefined => {
    const zone = ref.zoneOfCommune.get(communeId);
    const phaseId = programmeId === undefined ? undefined : ref.phaseOfProgramme.get(programmeId);
    return zone && phaseId !== undefined ? { zone, phaseId } : undefined;
  };
  const ofApplication = (r: { applicantCommuneId: number; callId: number }) => place(r.applicantCommuneId, programmeOfCall.get(r.callId));
  const placed = <R, T>(list: R[], where: (r: R) => PipelinePlace | undefined, shape: (r: R) => T) =>
    list.flatMap((r) => {
      const p = where(r);
      return p ? [{ ...p, ...shape(r) }] : [];
    });
  const requested = (r: { _count: { _all: number }; _sum: { requestedIndhCentimes: bigint | null } }) => ({
    count: r._count._all,
    amountCentimes: r._sum.requestedIndhCentimes ?? 0n,
  });
  type GrantGroup = Awaited<ReturnType<typeof grantGroups>>[number];
  const ofGrant = (g: GrantGroup) => place(g.communeId, g.programmeId);
  const grantStage = (list: GrantGroup[], amount: (g: GrantGroup) => bigint | null) =>
    placed(list, ofGrant, (g) => ({ count: g._count._all, amountCentimes: amount(g) ?? 0n }));
  return {
    byStatus: placed(byStatus, ofApplication, (r) => {
      const { count, amountCentimes } = requested(r);
      return { status: r.status, count, requestedCentimes: amountCentimes };
    }),
    reviewed: placed(reviewed, ofApplication, requested),
    approved: grantStage(approved, (g) => g._sum.indhContributionCentimes),
    signed: grantStage(signed, (g) => g._sum.indhContributionCentimes),
    paid: grantStage(paid, (g) => g._sum.tranchesPaidCentimes),
    decisions: placed(decisions, ofApplication, (d) => ({ days: daysBetween(d.submittedAt, d.decidedAt!) })),
  };
}
