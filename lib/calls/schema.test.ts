import { describe, expect, it } from "vitest";
import { unflatten } from "@/lib/actions/form-state";
import { callInputSchema, callUpdateSchema } from "./schema";

const base: Record<string, string> = {
  reference: "AAP-2026-01",
  titleAr: "طلب مشاريع التعاونيات",
  titleFr: "Appel à projets des coopératives",
  textAr: "نص الطلب",
  textFr: "Texte de l'appel",
  programmeId: "3",
  "axes.0": "7",
  opensAtDate: "01/07/2026",
  opensAtTime: "09:00",
  closesAtDate: "31/07/2026",
  closesAtTime: "16:30",
  envelope: "5.000.000",
  "documents.0.labelAr": "طلب موقع",
  "documents.0.labelFr": "Lettre de demande",
  "criteria.0.labelAr": "الحاجة",
  "criteria.0.labelFr": "Besoin",
  "criteria.0.weight": "60",
  "criteria.1.labelAr": "الأثر",
  "criteria.1.labelFr": "Impact",
  "criteria.1.weight": "40",
};

const withValues = (values: Record<string, string | undefined>) => {
  const merged: Record<string, string> = { ...base };
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return merged;
};
const parse = (values: Record<string, string | undefined> = {}) => callInputSchema.safeParse(unflatten(withValues(values)));
const errors = (values: Record<string, string | undefined>) => {
  const result = parse(values);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("call form schema", () => {
  it("reads Morocco time into UTC and the envelope into centimes", () => {
    const result = parse();
    expect(result.success).toBe(true);
    // July 2026 in Casablanca is UTC+1.
    expect(result.data?.opensAt.toISOString()).toBe("2026-07-01T08:00:00.000Z");
    expect(result.data?.closesAt.toISOString()).toBe("2026-07-31T15:30:00.000Z");
    expect(result.data?.envelopeCentimes).toBe(500_000_000n);
    expect(result.data?.axes).toEqual([7]);
    expect(result.data?.criteria.map((c) => c.weight)).toEqual([60, 40]);
  });

  it("refuses weights that do not add up to exactly 100, next to the grid", () => {
    expect(errors({ "criteria.1.weight": "30" })).toEqual(["criteria:calls.weightsSum"]);
    expect(errors({ "criteria.1.weight": "50" })).toEqual(["criteria:calls.weightsSum"]);
    expect(errors({ "criteria.1.weight": "40.5" })).toEqual(["criteria.1.weight:notANumber"]);
    expect(errors({ "criteria.1.weight": "0" })).toEqual(["criteria.1.weight:invalid"]);
  });

  it("refuses a closing before (or at) the opening", () => {
    expect(errors({ closesAtDate: "30/06/2026" })).toEqual(["closesAtDate:calls.closesBeforeOpens"]);
    expect(errors({ closesAtDate: "01/07/2026", closesAtTime: "09:00" })).toEqual(["closesAtDate:calls.closesBeforeOpens"]);
    expect(errors({ closesAtDate: "31/02/2026" })).toEqual(["closesAtDate:invalidDate"]);
  });

  it("requires both titles, a programme, an axis, a document and a positive envelope", () => {
    expect(errors({ titleAr: "  " })).toEqual(["titleAr:required"]);
    expect(errors({ titleFr: undefined })).toEqual(["titleFr:required"]);
    expect(errors({ "axes.0": undefined })).toEqual(["axes:calls.axesRequired"]);
    expect(errors({ "documents.0.labelAr": "", "documents.0.labelFr": "" })).toEqual(["documents:calls.documentsRequired"]);
    expect(errors({ "documents.0.labelFr": "" })).toEqual(["documents.0.labelFr:required"]);
    expect(errors({ envelope: "0" })).toEqual(["envelope:calls.envelopePositive"]);
    expect(errors({ envelope: "beaucoup" })).toEqual(["envelope:notAnAmount"]);
    expect(errors({ reference: "AAP 2026" })).toEqual(["reference:calls.referenceFormat"]);
  });

  it("drops blank spare rows and keeps the order of the others", () => {
    const result = parse({ "documents.1.labelAr": "", "documents.1.labelFr": "", "documents.2.labelAr": "بطاقة", "documents.2.labelFr": "Fiche" });
    expect(result.data?.documents.map((d) => d.labelFr)).toEqual(["Lettre de demande", "Fiche"]);
  });

  it("refuses more than 15 documents", () => {
    const extra: Record<string, string> = {};
    for (let i = 0; i < 16; i++) Object.assign(extra, { [`documents.${i}.labelAr`]: `وثيقة ${i}`, [`documents.${i}.labelFr`]: `Pièce ${i}` });
    expect(errors(extra)).toEqual(["documents:calls.tooManyDocuments"]);
  });

  it("asks the edit form for the version it was opened at", () => {
    expect(callUpdateSchema.safeParse(unflatten(base)).success).toBe(false);
    expect(callUpdateSchema.safeParse(unflatten({ ...base, version: "2" })).data?.version).toBe(2);
  });
});
