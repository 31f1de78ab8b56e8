import { describe, expect, it } from "vitest";
import { unflatten } from "@/lib/actions/form-state";
import { compactMilestoneRows, createConventionSchema } from "./schema";

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
};
const texts = { reference: "conv-2026-001", obligationsAr: "أ", obligationsFr: "o", resultsAr: "ن", resultsFr: "r" };

describe("convention form", () => {
  it("drops blank milestone rows and renumbers the rest, so errors match the fields shown", () => {
    const compacted = compactMilestoneRows(form({
      ...texts,
      "milestones.0.labelAr": "", "milestones.0.labelFr": "", "milestones.0.dueOn": "", "milestones.0.trancheId": "",
      "milestones.3.labelAr": "م", "milestones.3.labelFr": "", "milestones.3.dueOn": "31/02/2026", "milestones.3.trancheId": "4",
    }));
    const values = Object.fromEntries([...compacted.entries()].map(([k, v]) => [k, String(v)]));
    expect(values["milestones.0.labelAr"]).toBe("م");
    const parsed = createConventionSchema.safeParse(unflatten(values));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual(["milestones.0.labelFr:required", "milestones.0.dueOn:invalidDate"]);
  });

  it("reads a valid convention, reference in capitals; refuses one without milestones or with a bad reference", () => {
    const ok = createConventionSchema.parse(unflatten({ ...texts, "milestones.0.labelAr": "م", "milestones.0.labelFr": "m", "milestones.0.dueOn": "15/03/2026", "milestones.0.trancheId": "" }));
    expect(ok.reference).toBe("CONV-2026-001");
    expect(ok.milestones).toEqual([{ labelAr: "م", labelFr: "m", dueOn: new Date("2026-03-15T00:00:00Z"), trancheId: null }]);
    const bad = createConventionSchema.safeParse(unflatten({ ...texts, reference: "CONV 1; DROP" }));
    expect(bad.error!.issues.map((i) => i.message).sort()).toEqual(["convention.milestoneRequired", "convention.referenceFormat"]);
  });
});
