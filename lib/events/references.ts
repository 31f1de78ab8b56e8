import "server-only";
import type { getDb } from "@/lib/db";
import { DomainError, type Violation } from "@/lib/domain-error";
import type { EventInput } from "@/lib/events/schema";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

// Every id in the form is untrusted: organisations, commune and place must belong to the event's
// prefecture, or a forged request could attach another prefecture's records to this event.
export async function checkEventReferences(tx: Tx, prefectureId: number, input: EventInput): Promise<void> {
  const orgIds = [input.organiserId, ...input.partners, ...input.presentations.flatMap((p) => (p.organisationId ? [p.organisationId] : []))];
  const known = new Set(
    (await tx.organisation.findMany({ where: { id: { in: orgIds }, prefectureId }, select: { id: true } })).map((o) => o.id),
  );
  const violations: Violation[] = [];
  if (!known.has(input.organiserId)) violations.push({ field: "organiserId", code: "unknownOrganisation" });
  if (input.partners.some((id) => !known.has(id))) violations.push({ field: "partners", code: "unknownOrganisation" });
  input.presentations.forEach((p, i) => {
    if (p.organisationId !== null && !known.has(p.organisationId)) {
      violations.push({ field: `presentations.${p.formRow ?? i}.organisationId`, code: "unknownOrganisation" });
    }
  });
  if (input.communeId !== null) {
    const commune = await tx.commune.findFirst({ where: { id: input.communeId, prefectureId }, select: { id: true } });
    if (!commune) violations.push({ field: "communeId", code: "unknownCommune" });
  }
  if (input.placeId !== null) {
    const place = input.communeId === null ? null : await tx.place.findFirst({ where: { id: input.placeId, communeId: input.communeId }, select: { id: true } });
    if (!place) violations.push({ field: "placeId", code: "placeNotInCommune" });
  }
  if (violations.length > 0) throw new DomainError(violations);
}
