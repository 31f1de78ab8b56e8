// Pure generator of the demonstration dataset: plain objects that name communes, sectors, programmes,
// axes and organisations by their reference codes. No database here, so the dataset can be checked by
// unit tests; prisma/seed/demo.ts resolves the codes and writes it.
import { checkGrantAmounts, type GrantStatus } from "@/lib/grants/rules";
import {
  SOCIAL_ECONOMY_AXIS,
  SOCIAL_ECONOMY_MAX_INDH_CENTIMES,
  SOCIAL_ECONOMY_MAX_SHARE_PERCENT,
  buildGrantMoney,
  type DemoGrantMoney,
} from "./demo-amounts";
import {
  FAMILY_NAMES,
  MEN_FIRST_NAMES,
  NAME_THEMES,
  SECTOR_ACTIVITIES,
  SECTOR_PROJECT_TITLES,
  WOMEN_FIRST_NAMES,
} from "./demo-names";
import { Rng } from "./demo-random";
import { SECTORS, communeOrganisationCode } from "./reference-data";

export type DemoGrant = DemoGrantMoney & {
  phaseNumber: number;
  programmeNumber: number;
  axisCode: string | null;
  titleAr: string;
  titleFr: string;
  approvedOn: Date;
  status: GrantStatus;
};

export type DemoCooperative = {
  registerNumber: string;
  nameAr: string;
  nameFr: string;
  sectorCode: string;
  communeCode: string;
  placeCode: string | null;
  foundedOn: Date;
  members: number;
  womenMembers: number;
  youngMembers: number;
  contactName: string;
  contactPhone: string;
  grants: DemoGrant[];
};

/** Fixed seed: changing it changes every demo record, so do it only on purpose. */
export const DEMO_SEED = 20_190_101;

/** The one rural commune deliberately left without cooperatives, so the dashboards show an empty commune. */
export const EMPTY_RURAL_COMMUNE = "SIDI-LYAMANI";

type CommunePlan = { communeCode: string; placeCode: string | null; count: number; coastal: boolean; urban: boolean };

// 52 urban cooperatives (Tangier's spread over its four arrondissements) and 33 rural ones.
const PLAN: CommunePlan[] = [
  { communeCode: "TANGER", placeCode: "BNI-MAKADA", count: 11, coastal: false, urban: true },
  { communeCode: "TANGER", placeCode: "CHARF-MGHOGHA", count: 8, coastal: false, urban: true },
  { communeCode: "TANGER", placeCode: "CHARF-SOUANI", count: 7, coastal: false, urban: true },
  { communeCode: "TANGER", placeCode: "TANGER-MEDINA", count: 8, coastal: true, urban: true },
  { communeCode: "ASSILAH", placeCode: null, count: 10, coastal: true, urban: true },
  { communeCode: "GUEZNAIA", placeCode: null, count: 8, coastal: false, urban: true },
  { communeCode: "AL-MANZLA", placeCode: null, count: 5, coastal: false, urban: false },
  { communeCode: "AQUOUASS-BRIECH", placeCode: null, count: 4, coastal: false, urban: false },
  { communeCode: "DAR-CHAOUI", placeCode: null, count: 6, coastal: false, urban: false },
  { communeCode: "HAD-AL-GHARBIA", placeCode: null, count: 5, coastal: true, urban: false },
  { communeCode: "HJAR-ENNHAL", placeCode: null, count: 4, coastal: false, urban: false },
  { communeCode: "SAHEL-CHAMALI", placeCode: null, count: 5, coastal: true, urban: false },
  { communeCode: "SEBT-AZZINATE", placeCode: null, count: 4, coastal: false, urban: false },
];

// Repeated entries weight the draw toward what each zone really does.
const URBAN_SECTORS = ["TEXTILES", "TEXTILES", "SERVICES", "SERVICES", "FOOD-PROCESSING", "CRAFTS", "CRAFTS", "TOURISM"];
const RURAL_SECTORS = [
  "AGRICULTURE", "AGRICULTURE", "LIVESTOCK", "LIVESTOCK", "BEEKEEPING",
  "FOOD-PROCESSING", "FOOD-PROCESSING", "CRAFTS", "TEXTILES", "TOURISM",
];
const COASTAL_SECTORS = ["FISHING", "FISHING"];
const MOSTLY_WOMEN_SECTORS = new Set(["TEXTILES", "FOOD-PROCESSING", "CRAFTS"]);
const FARM_SECTORS = new Set(["AGRICULTURE", "LIVESTOCK", "BEEKEEPING", "FOOD-PROCESSING"]);

const utcDate = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));

type GrantSlot = { phaseNumber: number; programmeNumber: number; axisCode: string | null; year: number };

/** Which programmes fund a cooperative and when; grants always come after the founding year. */
function planGrants(rng: Rng, foundedYear: number, urban: boolean, youth: boolean): GrantSlot[] {
  const roll = rng.float();
  const wanted = roll < 0.62 ? 1 : roll < 0.9 ? 2 : 3;
  const slots: GrantSlot[] = [];
  if (foundedYear <= 2016 && rng.chance(0.4)) {
    // Phase 2 funded income-generating activities through its four territorial programmes.
    const programmeNumber = rng.pick(urban ? [2, 2, 3, 4] : [1, 1, 3, 4]);
    const year = rng.int(Math.max(2011, foundedYear + 1), 2018);
    slots.push({ phaseNumber: 2, programmeNumber, axisCode: "INCOME-GENERATING-ACTIVITIES", year });
  }
  let start = Math.max(2019, foundedYear + 1);
  while (slots.length < wanted && start <= 2025) {
    const year = rng.int(start, Math.min(2025, start + 2));
    start = year + 2; // a cooperative rarely gets two grants in consecutive years
    if (rng.chance(0.06)) {
      slots.push({ phaseNumber: 3, programmeNumber: 2, axisCode: null, year });
      continue;
    }
    const axisRoll = rng.float();
    const axisCode = youth
      ? axisRoll < 0.45 ? "ENTREPRENEURSHIP" : axisRoll < 0.9 ? SOCIAL_ECONOMY_AXIS : "EMPLOYABILITY"
      : axisRoll < 0.8 ? SOCIAL_ECONOMY_AXIS : axisRoll < 0.9 ? "ENTREPRENEURSHIP" : "EMPLOYABILITY";
    slots.push({ phaseNumber: 3, programmeNumber: 3, axisCode, year });
  }
  return slots;
}

/** Older grants are done; recent ones are still being paid or only approved. */
function phase3Status(rng: Rng, year: number): GrantStatus {
  const roll = rng.float();
  if (year <= 2021) return roll < 0.9 ? "COMPLETED" : "IN_PROGRESS";
  if (year <= 2023) return roll < 0.55 ? "COMPLETED" : "IN_PROGRESS";
  if (year === 2024) return roll < 0.2 ? "COMPLETED" : roll < 0.75 ? "IN_PROGRESS" : "APPROVED";
  return roll < 0.5 ? "IN_PROGRESS" : "APPROVED";
}

function partnerCandidates(sectorCode: string, communeCode: string, axisCode: string | null, youth: boolean): string[] {
  const candidates = ["ODCO", "ADS", "REGIONAL-COUNCIL", communeOrganisationCode(communeCode)];
  if (FARM_SECTORS.has(sectorCode)) candidates.push("ONCA");
  if (sectorCode === "CRAFTS" || sectorCode === "TEXTILES") candidates.push("CRAFTS-CHAMBER");
  if (youth || axisCode === "ENTREPRENEURSHIP" || axisCode === "EMPLOYABILITY") candidates.push("DRJ");
  return candidates;
}

/** A share of the members: above half when `majority`, at most half otherwise. */
function memberShare(rng: Rng, members: number, majority: boolean): number {
  const half = Math.floor(members / 2);
  return majority ? rng.int(half + 1, members) : rng.int(0, half);
}

export function generateDemoData(seed: number = DEMO_SEED): DemoCooperative[] {
  const rng = new Rng(seed);
  const usedNames = new Set<string>();
  const cooperatives: DemoCooperative[] = [];

  for (const plan of PLAN) {
    const sectorPool = [...(plan.urban ? URBAN_SECTORS : RURAL_SECTORS), ...(plan.coastal ? COASTAL_SECTORS : [])];
    for (let n = 0; n < plan.count; n++) {
      const index = cooperatives.length + 1;
      const sectorCode = rng.pick(sectorPool);
      const foundedOn = utcDate(rng.int(2008, 2024), rng.int(0, 11), rng.int(1, 28));
      const members = rng.chance(0.7) ? rng.int(7, 25) : rng.int(26, 60);
      const womenLed = rng.chance(MOSTLY_WOMEN_SECTORS.has(sectorCode) ? 0.8 : 0.3);
      const youth = rng.chance(sectorCode === "SERVICES" || sectorCode === "TOURISM" ? 0.5 : 0.25);

      // Walk the themes from a random start until this theme + activity pair is free: names stay unique.
      const activity = rng.pick(SECTOR_ACTIVITIES[sectorCode] ?? []);
      let themeIndex = rng.int(0, NAME_THEMES.length - 1);
      const themeOf = (i: number) => NAME_THEMES[i % NAME_THEMES.length] ?? NAME_THEMES[0]!;
      while (usedNames.has(`${themeOf(themeIndex).fr} ${activity.fr}`)) themeIndex++;
      const theme = themeOf(themeIndex);
      usedNames.add(`${theme.fr} ${activity.fr}`);

      const firstName = rng.pick(womenLed ? WOMEN_FIRST_NAMES : MEN_FIRST_NAMES);
      const titles = rng.shuffle(SECTOR_PROJECT_TITLES[sectorCode] ?? []);
      const grants = planGrants(rng, foundedOn.getUTCFullYear(), plan.urban, youth).map((slot, k): DemoGrant => {
        const approvedOn = utcDate(slot.year, rng.int(0, 11), rng.int(1, 28));
        const status = slot.phaseNumber === 2 ? "COMPLETED" : phase3Status(rng, slot.year);
        const title = titles[k % titles.length];
        if (!title) throw new Error(`No project title for sector ${sectorCode}`);
        const money = buildGrantMoney(rng, {
          axisCode: slot.axisCode,
          phaseNumber: slot.phaseNumber,
          approvedOn,
          status,
          partnerCandidates: partnerCandidates(sectorCode, plan.communeCode, slot.axisCode, youth),
        });
        const { phaseNumber, programmeNumber, axisCode } = slot;
        return { phaseNumber, programmeNumber, axisCode, titleAr: title.ar, titleFr: title.fr, approvedOn, status, ...money };
      });

      cooperatives.push({
        registerNumber: `DEMO-${foundedOn.getUTCFullYear()}-${String(index).padStart(4, "0")}`,
        nameAr: `تعاونية ${theme.ar} ${activity.ar}`,
        nameFr: `Coopérative ${theme.fr} ${activity.fr}`,
        sectorCode,
        communeCode: plan.communeCode,
        placeCode: plan.placeCode,
        foundedOn,
        members,
        womenMembers: memberShare(rng, members, womenLed),
        youngMembers: memberShare(rng, members, youth),
        contactName: `${firstName} ${rng.pick(FAMILY_NAMES)}`,
        // 0600000xxx: an obviously fictitious number, never a real subscriber's.
        contactPhone: `0600000${String(index).padStart(3, "0")}`,
        grants,
      });
    }
  }

  cancelOneGrant(cooperatives);
  assertDemoData(cooperatives);
  return cooperatives;
}

/** Exactly one cancelled grant, taken from a cooperative that keeps another grant so it still counts as funded. */
function cancelOneGrant(cooperatives: DemoCooperative[]): void {
  for (const cooperative of cooperatives) {
    if (cooperative.grants.length < 2) continue;
    // An approved grant has paid nothing yet, so its tranches stay consistent once cancelled.
    const grant = cooperative.grants.find((g) => g.status === "APPROVED" && g.programmeNumber === 3);
    if (grant) {
      grant.status = "CANCELLED";
      return;
    }
  }
  throw new Error("Demo data: no approved grant could be cancelled");
}

/** The generator checks its own output: a broken demo dataset must fail the seed, not reach a dashboard. */
export function assertDemoData(cooperatives: DemoCooperative[]): void {
  const fail = (message: string): never => {
    throw new Error(`Demo data: ${message}`);
  };
  let cancelled = 0;
  const phase3Statuses = new Set<GrantStatus>();
  for (const cooperative of cooperatives) {
    if (cooperative.communeCode === EMPTY_RURAL_COMMUNE) fail(`${EMPTY_RURAL_COMMUNE} must stay empty`);
    if (cooperative.grants.length === 0) fail(`${cooperative.registerNumber} has no grant`);
    const { members, womenMembers, youngMembers } = cooperative;
    if (members < 7 || members > 60 || womenMembers > members || youngMembers > members) {
      fail(`${cooperative.registerNumber} has inconsistent member counts`);
    }
    for (const grant of cooperative.grants) {
      const label = `${cooperative.registerNumber} "${grant.titleFr}"`;
      const violations = checkGrantAmounts(grant);
      if (violations.length > 0) fail(`${label} breaks ${violations.map((v) => v.code).join(", ")}`);
      if (grant.approvedOn <= cooperative.foundedOn) fail(`${label} is approved before the cooperative exists`);
      if (grant.status === "CANCELLED") cancelled++;
      if (grant.phaseNumber === 3) phase3Statuses.add(grant.status);
      if (grant.phaseNumber === 2 && grant.status !== "COMPLETED") fail(`${label}: phase 2 is over, its grants are completed`);
      if (
        grant.axisCode === SOCIAL_ECONOMY_AXIS &&
        (grant.indhContributionCentimes * 100n > grant.totalCostCentimes * SOCIAL_ECONOMY_MAX_SHARE_PERCENT ||
          grant.indhContributionCentimes > SOCIAL_ECONOMY_MAX_INDH_CENTIMES)
      ) {
        fail(`${label} exceeds the social-economy ceilings`);
      }
    }
  }
  if (cancelled !== 1) fail(`expected exactly one cancelled grant, found ${cancelled}`);
  for (const status of ["COMPLETED", "IN_PROGRESS", "APPROVED"] as const) {
    if (!phase3Statuses.has(status)) fail(`no phase 3 grant is ${status}`);
  }
  const sectors = new Set(cooperatives.map((c) => c.sectorCode));
  const unused = SECTORS.filter((s) => !sectors.has(s.code)).map((s) => s.code);
  if (unused.length > 0) fail(`sectors without a cooperative: ${unused.join(", ")}`);
}
