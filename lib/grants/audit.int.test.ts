// Eligibility warnings, optimistic concurrency and the audit trail of grant writes.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { UnacknowledgedWarningsError, VersionConflictError } from "@/lib/actions/errors";
import { createGrant, deleteGrant, updateGrant } from "./mutations";
import { grantAudits, refused, setUpGrantFixtures, type GrantFixtures } from "./test-fixtures";
import type { GrantInput } from "./types";

let f: GrantFixtures;
// 400,000 of 600,000 MAD: a 66.7 % INDH share above the 60 % cap and above the 300,000 MAD cap.
let generous: GrantInput;
beforeAll(async () => {
  f = await setUpGrantFixtures();
  generous = { ...f.base, totalCostCentimes: 60_000_000n, indhContributionCentimes: 40_000_000n, beneficiaryContributionCentimes: 15_000_000n };
});
const parse = (json: string | null) => (json ? (JSON.parse(json) as Record<string, unknown>) : null);

describe("eligibility warnings", () => {
  it("refuses a grant breaking the axis rules until exactly those warnings are acknowledged", async () => {
    for (const acknowledgedWarnings of [undefined, [], ["indhShareAboveMax"], ["indhShareAboveMax", "indhContributionAboveMax", "womenOrYouthBelowMin"]]) {
      const error = await refused(() => createGrant(f.staff, { ...generous, acknowledgedWarnings }));
      expect(error).toBeInstanceOf(UnacknowledgedWarningsError);
      expect((error as UnacknowledgedWarningsError).warnings.map((w) => w.code)).toEqual(["indhShareAboveMax", "indhContributionAboveMax"]);
    }
  });

  it("saves an acknowledged grant with the codes, the user and the time, also in the audit entry", async () => {
    const start = Date.now();
    const { id } = await createGrant(f.staff, { ...generous, acknowledgedWarnings: ["indhContributionAboveMax", "indhShareAboveMax"] });
    const saved = await getDb().grant.findUniqueOrThrow({ where: { id } });
    expect(saved.acknowledgedWarnings).toBe("indhShareAboveMax,indhContributionAboveMax");
    expect(saved.acknowledgedById).toBe(f.staff.id);
    expect(saved.acknowledgedAt!.getTime()).toBeGreaterThanOrEqual(start - 1000);
    const [entry] = await grantAudits(id);
    expect(parse(entry!.after)).toMatchObject({ acknowledgedWarnings: "indhShareAboveMax,indhContributionAboveMax", acknowledgedById: f.staff.id, acknowledgedAt: saved.acknowledgedAt!.toISOString() });
  });

  it("warns about a cooperative with too few women or young members", async () => {
    await getDb().cooperative.update({ where: { id: f.cooperativeId }, data: { womenMembers: 3, youngMembers: 3 } });
    try {
      const error = await refused(() => createGrant(f.staff, f.base));
      expect((error as UnacknowledgedWarningsError).warnings).toEqual([{ code: "womenOrYouthBelowMin", params: { share: "30", min: "30" } }]);
    } finally {
      await getDb().cooperative.update({ where: { id: f.cooperativeId }, data: { womenMembers: 6, youngMembers: 2 } });
    }
  });

  it("clears the acknowledgement when a later save breaks no rule", async () => {
    const { id } = await createGrant(f.staff, { ...generous, acknowledgedWarnings: ["indhShareAboveMax", "indhContributionAboveMax"] });
    await updateGrant(f.staff, id, { ...f.base, version: 1 });
    const saved = await getDb().grant.findUniqueOrThrow({ where: { id } });
    expect([saved.acknowledgedWarnings, saved.acknowledgedById, saved.acknowledgedAt]).toEqual([null, null, null]);
  });
});

describe("one audit entry per write, with before and after", () => {
  it("records create, update (rows included) and delete with the reason", async () => {
    const { id } = await createGrant(f.staff, f.base);
    let entries = await grantAudits(id);
    expect(entries.map((e) => e.action)).toEqual(["CREATE"]);
    expect(entries[0]!.before).toBeNull();
    expect(parse(entries[0]!.after)).toMatchObject({
      titleFr: "Équipements", approvedOn: "2024-03-15", totalCostCentimes: "50000000", version: 1,
      partnerContributions: [{ organisationId: f.base.partnerContributions[0]!.organisationId, amountCentimes: "5000000" }],
      tranches: [{ position: 1, plannedOn: "2024-04-01", amountCentimes: "30000000", paidOn: null }],
    });

    const tranches = [
      { plannedOn: new Date("2024-04-01T00:00:00Z"), amountCentimes: 20_000_000n, paidOn: new Date("2024-04-05T00:00:00Z") },
      { plannedOn: new Date("2024-09-01T00:00:00Z"), amountCentimes: 10_000_000n, paidOn: null },
    ];
    await updateGrant(f.staff, id, { ...f.base, titleFr: "Équipements frigorifiques", status: "IN_PROGRESS", tranches, version: 1 });
    entries = await grantAudits(id);
    expect(entries.map((e) => e.action)).toEqual(["CREATE", "UPDATE"]);
    expect(parse(entries[1]!.before)).toEqual(parse(entries[0]!.after));
    expect(parse(entries[1]!.after)).toMatchObject({
      titleFr: "Équipements frigorifiques", status: "IN_PROGRESS", version: 2,
      tranches: [
        { position: 1, plannedOn: "2024-04-01", amountCentimes: "20000000", paidOn: "2024-04-05" },
        { position: 2, plannedOn: "2024-09-01", amountCentimes: "10000000", paidOn: null },
      ],
    });
    expect(entries[1]!.userEmail).toBe(f.staff.email);

    await deleteGrant(f.staff, id, { reason: "Saisi en double", version: 2 });
    entries = await grantAudits(id);
    expect(entries.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
    expect(entries[2]!.reason).toBe("Saisi en double");
    expect(parse(entries[2]!.before)).toEqual(parse(entries[1]!.after));
    expect(entries[2]!.after).toBeNull();
    expect(await getDb().grant.findUnique({ where: { id } })).toBeNull();
    expect(await getDb().grantTranche.count({ where: { grantId: id } })).toBe(0);
    expect(await getDb().grantPartnerContribution.count({ where: { grantId: id } })).toBe(0);
  });
});

describe("optimistic concurrency", () => {
  it("refuses an update or delete from an older version, listing the stored values", async () => {
    const { id } = await createGrant(f.staff, f.base);
    await updateGrant(f.staff, id, { ...f.base, titleFr: "Version 2", version: 1 });
    const error = await refused(() => updateGrant(f.staff, id, { ...f.base, titleFr: "Mine", version: 1 }));
    expect(error).toBeInstanceOf(VersionConflictError);
    const conflict = error as VersionConflictError;
    expect(conflict.currentVersion).toBe(2);
    // The stored values are listed as the form shows amounts, so they read like what the user typed.
    expect(conflict.current).toMatchObject({ titleFr: "Version 2", totalCost: "500.000,00", "tranches.0.amount": "300.000,00", "tranches.0.plannedOn": "01/04/2024" });
    expect(await refused(() => deleteGrant(f.staff, id, { reason: "x", version: 1 }))).toBeInstanceOf(VersionConflictError);
    expect((await getDb().grant.findUniqueOrThrow({ where: { id } })).titleFr).toBe("Version 2");
  });
});
