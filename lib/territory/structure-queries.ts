import "server-only";
import { getDb } from "@/lib/db";
import type { AxisDetail, PhaseDetail, PhaseTree, ProgrammeDetail } from "@/lib/territory/types";

// The INDH structure is national reference data: everyone with access to the page reads all of it.
const AXIS = { id: true, programmeId: true, code: true, nameAr: true, nameFr: true, maxIndhSharePercent: true, maxIndhContributionCentimes: true, minWomenOrYouthMembersPercent: true, version: true } as const;
const PROGRAMME = { id: true, phaseId: true, number: true, nameAr: true, nameFr: true } as const;
const PHASE = { id: true, number: true, startYear: true, endYear: true, nameAr: true, nameFr: true } as const;

export async function getPhaseTree(): Promise<PhaseTree> {
  return getDb().phase.findMany({
    orderBy: { number: "asc" },
    select: { ...PHASE, programmes: { orderBy: { number: "asc" }, select: { ...PROGRAMME, axes: { orderBy: { code: "asc" }, select: AXIS } } } },
  });
}

export async function getPhase(id: number): Promise<PhaseDetail | null> {
  return getDb().phase.findUnique({ where: { id }, select: PHASE });
}

export async function getProgramme(id: number): Promise<ProgrammeDetail | null> {
  return getDb().programme.findUnique({ where: { id }, select: PROGRAMME });
}

export async function getAxis(id: number): Promise<AxisDetail | null> {
  return getDb().axis.findUnique({ where: { id }, select: AXIS });
}

/** Options for the phase and programme selects, labelled with their numbers. */
export async function listPhaseOptions() {
  return getDb().phase.findMany({ orderBy: { number: "asc" }, select: { id: true, number: true, nameAr: true, nameFr: true } });
}

export async function listProgrammeOptions() {
  return getDb().programme.findMany({
    orderBy: [{ phase: { number: "asc" } }, { number: "asc" }],
    select: { id: true, number: true, nameAr: true, nameFr: true, phase: { select: { number: true } } },
  });
}
