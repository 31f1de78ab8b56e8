import { describe, expect, it } from "vitest";
import { unflatten } from "@/lib/actions/form-state";
import { COOPERATIVES_DAY_TANGER_2025 as ARTICLE } from "@/prisma/seed/article-content";
import { eventUpdateSchema } from "./schema";
import { toFormValues } from "./form-values";
import type { StoredEvent } from "./types";

// The seed article as stored, with made-up ids: what the edit form opens with.
const stored: StoredEvent = {
  ...ARTICLE,
  id: 1, prefectureId: 1, communeId: 3, placeId: null, organiserId: 10, version: 4,
  partners: [{ organisationId: 12 }, { organisationId: 11 }, { organisationId: 13 }],
  presentations: ARTICLE.presentations.map(({ organisationCode: _code, ...p }) => ({
    ...p, organisationId: 11,
    reportedPeriodStartYear: p.reportedPeriodStartYear ?? null, reportedPeriodEndYear: p.reportedPeriodEndYear ?? null,
    reportedCooperativesFunded: p.reportedCooperativesFunded ?? null, reportedUrbanCooperatives: p.reportedUrbanCooperatives ?? null,
    reportedRuralCooperatives: p.reportedRuralCooperatives ?? null, reportedTotalEnvelopeCentimes: p.reportedTotalEnvelopeCentimes ?? null,
    reportedIndhContributionCentimes: p.reportedIndhContributionCentimes ?? null,
  })),
};

describe("toFormValues", () => {
  it("writes the stored event as the strings the form shows, in Casablanca time", () => {
    const values = toFormValues(stored);
    expect(values).toMatchObject({ startsAtDate: "09/07/2025", startsAtTime: "10:00", placeId: "", "partners.0": "12", "partners.2": "13" });
    expect(values["presentations.2.reportedTotalEnvelope"]).toBe("13179091");
    expect(values["presentations.0.reportedTotalEnvelope"]).toBe("");
  });

  it("round-trips through the form schema unchanged, contradictory figures included", () => {
    const parsed = eventUpdateSchema.parse(unflatten({ ...toFormValues(stored), version: "4" }));
    expect(parsed.startsAt).toEqual(stored.startsAt);
    expect(parsed.partners).toEqual([12, 11, 13]);
    expect(parsed.bodyAr).toBe(ARTICLE.bodyAr);
    expect(parsed.presentations.map(({ formRow: _row, ...p }) => p)).toEqual(stored.presentations.map(({ position: _p, ...p }) => p));
  });
});
