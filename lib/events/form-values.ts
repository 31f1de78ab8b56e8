// The form's strings for a stored event. The edit form shows exactly these, and a version conflict reports
// them, so "theirs" and "yours" are compared in the same words.
import { centimesToDecimalString } from "@/lib/format/money";
import { utcToZonedParts } from "@/lib/events/casablanca-time";
import type { StoredEvent } from "@/lib/events/types";

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** Whole dirhams without ".00", as staff type them; parseDirhamsToCentimes reads both. */
function amountText(centimes: bigint | null): string {
  if (centimes === null) return "";
  const decimal = centimesToDecimalString(centimes);
  return decimal.endsWith(".00") ? decimal.slice(0, -3) : decimal;
}

export function toFormValues(event: StoredEvent): Record<string, string> {
  const { date, time } = utcToZonedParts(event.startsAt);
  const values: Record<string, string> = {
    slug: event.slug,
    kind: event.kind,
    status: event.status,
    titleAr: event.titleAr,
    titleFr: event.titleFr,
    occasionAr: text(event.occasionAr),
    occasionFr: text(event.occasionFr),
    startsAtDate: date.split("-").reverse().join("/"), // day first, as the form shows dates
    startsAtTime: time,
    venueAr: event.venueAr,
    venueFr: event.venueFr,
    communeId: text(event.communeId),
    placeId: text(event.placeId),
    organiserId: text(event.organiserId),
    attendance: text(event.attendance),
    attendanceNoteAr: text(event.attendanceNoteAr),
    attendanceNoteFr: text(event.attendanceNoteFr),
    summaryAr: event.summaryAr,
    summaryFr: event.summaryFr,
    bodyAr: event.bodyAr,
    bodyFr: event.bodyFr,
    sourceNameAr: text(event.sourceNameAr),
    sourceNameFr: text(event.sourceNameFr),
  };
  // The form lists the event's partners first, in their order, so partners.N is the N-th partner.
  event.partners.forEach((p, i) => (values[`partners.${i}`] = String(p.organisationId)));
  event.presentations.forEach((p, i) => {
    const row = `presentations.${i}.`;
    values[`${row}titleAr`] = p.titleAr;
    values[`${row}titleFr`] = p.titleFr;
    values[`${row}presenterRoleAr`] = p.presenterRoleAr;
    values[`${row}presenterRoleFr`] = p.presenterRoleFr;
    values[`${row}organisationId`] = text(p.organisationId);
    values[`${row}summaryAr`] = p.summaryAr;
    values[`${row}summaryFr`] = p.summaryFr;
    values[`${row}reportedPeriodStartYear`] = text(p.reportedPeriodStartYear);
    values[`${row}reportedPeriodEndYear`] = text(p.reportedPeriodEndYear);
    values[`${row}reportedCooperativesFunded`] = text(p.reportedCooperativesFunded);
    values[`${row}reportedUrbanCooperatives`] = text(p.reportedUrbanCooperatives);
    values[`${row}reportedRuralCooperatives`] = text(p.reportedRuralCooperatives);
    values[`${row}reportedTotalEnvelope`] = amountText(p.reportedTotalEnvelopeCentimes);
    values[`${row}reportedIndhContribution`] = amountText(p.reportedIndhContributionCentimes);
  });
  return values;
}
