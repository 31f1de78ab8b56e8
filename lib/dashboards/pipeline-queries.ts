import "server-only";
// The funding pipeline under the dashboard's filters, computed in the database: grouping queries on
// Application (by commune, call and status) and on Grant (by commune and programme) return a few dozen
// groups, which the reference turns into zones and phases. Only the decided applications' two dates are
// read one by one, because a median cannot be grouped the same way on SQLite and PostgreSQL.
// The grant stages (approved, signed, paid) are placed by the grant's own facts: the commune of the
// cooperative the approval linked (the applicant, matched by register number in the prefecture) and the
// grant's programme (the call's); the filters still select them through their application.
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
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

/** The same filters as applicationWhere, as SQL on Application `a`, its call `k` and the applicant's commune `c`. */
function applicationSql(prefectureId: number | undefined, filters: DashboardFilters, ref: DashboardReference): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  if (prefectureId !== undefined) and.push(Prisma.sql`a."prefectureId" = ${prefectureId}`);
  if (filters.fromYear !== undefined || filters.toYear !== undefined) {
    const range = approvalDateRange({ fromYear: filters.fromYear ?? 1900, toYear: filters.toYear ?? 9998 });
    if (filters.fromYear !== undefined) and.push(Prisma.sql`a."submittedAt" >= ${range.gte}`);
    if (filters.toYear !== undefined) and.push(Prisma.sql`a."submittedAt" < ${range.lt}`);
  }
  const ids = (list: number[]) => (list.length === 0 ? Prisma.sql`(NULL)` : Prisma.sql`(${Prisma.join(list)})`);
  if (filters.programmeId !== undefined) and.push(Prisma.sql`k."programmeId" = ${filters.programmeId}`);
  if (filters.phaseId !== undefined) and.push(Prisma.sql`k."programmeId" IN ${ids(ref.programmes.filter((p) => p.phaseId === filters.phaseId).map((p) => p.id))}`);
  if (filters.axisId !== undefined) and.push(Prisma.sql`a."axisId" = ${filters.axisId}`);
  if (filters.communeId !== undefined) and.push(Prisma.sql`a."applicantCommuneId" = ${filters.communeId}`);
  if (filters.zone !== undefined) and.push(Prisma.sql`c."setting" = ${filters.zone}`);
  return and.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(and, " AND ");
}

export async function getPipeline(user: SessionUser, filters: DashboardFilters, locale: Locale): Promise<Pipeline> {
  const prefectureId = scopedPrefectureId(user, filters);
  const ref = await loadDashboardReference(prefectureId);
  const rows = await loadPipelineRows(applicationSql(prefectureId, filters, ref), ref);
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

type Raw = Record<string, unknown>;
const n = (v: unknown) => Number(v ?? 0);
const big = (v: unknown) => BigInt(String(v ?? "0"));
/** SQLite hands dates of raw queries back as text or a number, PostgreSQL as Date. */
const date = (v: unknown) => (v instanceof Date ? v : new Date(typeof v === "bigint" ? Number(v) : (v as string | number)));

/**
 * Grouped in the database by zone x phase (the applicant's commune's setting, the call's programme's phase)
 * rather than by commune x call: at 1,000,000 grants the national pipeline had 55,000 commune x call x status
 * groups and 205,000 decided applications to send to JavaScript (9 s in all, bench:national). The decisions
 * come back grouped by their two dates, each pair with its count, so the median stays exact.
 */
async function loadPipelineRows(where: Prisma.Sql, ref: DashboardReference): Promise<PipelineRows> {
  const db = getDb();
  const from = Prisma.sql`FROM "Application" a JOIN "CallForProjects" k ON k."id" = a."callId" JOIN "Programme" kp ON kp."id" = k."programmeId"
    JOIN "Commune" c ON c."id" = a."applicantCommuneId"`;
  const byPlace = Prisma.sql`c."setting" AS "zone", kp."phaseId" AS "phaseId"`;
  const [byStatus, reviewed, grants, decisions] = await Promise.all([
    db.$queryRaw<Raw[]>`SELECT ${byPlace}, a."status" AS "status", COUNT(*) AS "count", CAST(COALESCE(SUM(a."requestedIndhCentimes"), 0) AS TEXT) AS "amount"
      ${from} WHERE ${where} GROUP BY c."setting", kp."phaseId", a."status"`,
    db.$queryRaw<Raw[]>`SELECT ${byPlace}, COUNT(*) AS "count", CAST(COALESCE(SUM(a."requestedIndhCentimes"), 0) AS TEXT) AS "amount"
      ${from} WHERE ${where} AND EXISTS (SELECT 1 FROM "Review" r WHERE r."applicationId" = a."id" AND r."submittedAt" IS NOT NULL)
      GROUP BY c."setting", kp."phaseId"`,
    // The grant stages are placed by the grant's own commune and programme; the filters select them through
    // their application. One pass for approved, signed (convention signed) and paid (a tranche paid).
    db.$queryRaw<Raw[]>`SELECT gc."setting" AS "zone", gp."phaseId" AS "phaseId",
        COUNT(*) AS "approved", CAST(COALESCE(SUM(g."indhContributionCentimes"), 0) AS TEXT) AS "approvedAmount",
        SUM(CASE WHEN cv."signedOn" IS NOT NULL THEN 1 ELSE 0 END) AS "signed",
        CAST(COALESCE(SUM(CASE WHEN cv."signedOn" IS NOT NULL THEN g."indhContributionCentimes" ELSE 0 END), 0) AS TEXT) AS "signedAmount",
        SUM(CASE WHEN g."tranchesPaidCentimes" > 0 THEN 1 ELSE 0 END) AS "paid",
        CAST(COALESCE(SUM(CASE WHEN g."tranchesPaidCentimes" > 0 THEN g."tranchesPaidCentimes" ELSE 0 END), 0) AS TEXT) AS "paidAmount"
      ${from} JOIN "Grant" g ON g."id" = a."grantId" JOIN "Commune" gc ON gc."id" = g."communeId" JOIN "Programme" gp ON gp."id" = g."programmeId"
      LEFT JOIN "Convention" cv ON cv."grantId" = g."id"
      WHERE ${where} GROUP BY gc."setting", gp."phaseId"`,
    db.$queryRaw<Raw[]>`SELECT ${byPlace}, a."submittedAt" AS "submittedAt", a."decidedAt" AS "decidedAt", COUNT(*) AS "count"
      ${from} WHERE ${where} AND a."status" IN (${Prisma.join([...FINAL_DECISIONS])}) AND a."decidedAt" IS NOT NULL
      GROUP BY c."setting", kp."phaseId", a."submittedAt", a."decidedAt"`,
  ]);
  // Only the zones and phases the figures are labelled by count.
  const place = (r: Raw): PipelinePlace | undefined => {
    const zone = r.zone as Zone;
    const phaseId = n(r.phaseId);
    return ZONES.includes(zone) && ref.phases.some((p) => p.id === phaseId) ? { zone, phaseId } : undefined;
  };
  const placed = <T>(list: Raw[], shape: (r: Raw) => T) =>
    list.flatMap((r) => {
      const p = place(r);
      return p ? [{ ...p, ...shape(r) }] : [];
    });
  const stage = (count: string, amount: string) => placed(grants, (r) => ({ count: n(r[count]), amountCentimes: big(r[amount]) })).filter((s) => s.count > 0);
  return {
    byStatus: placed(byStatus, (r) => ({ status: String(r.status), count: n(r.count), requestedCentimes: big(r.amount) })),
    reviewed: placed(reviewed, (r) => ({ count: n(r.count), amountCentimes: big(r.amount) })),
    approved: stage("approved", "approvedAmount"),
    signed: stage("signed", "signedAmount"),
    paid: stage("paid", "paidAmount"),
    decisions: placed(decisions, (r) => ({ days: daysBetween(date(r.submittedAt), date(r.decidedAt)), count: n(r.count) })).flatMap((d) =>
      Array.from({ length: d.count }, () => ({ zone: d.zone, phaseId: d.phaseId, days: d.days })),
    ),
  };
}
