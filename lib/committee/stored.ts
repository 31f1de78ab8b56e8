// What the committee's mutations read back and put in the audit trail, and the edit form's strings.
import type { Prisma } from "@/lib/generated/prisma/client";
import { utcToZonedParts } from "@/lib/events/casablanca-time";
import { formatFormDate } from "@/lib/format/dates";

export const storedSessionSelect = {
  id: true, prefectureId: true, heldOn: true, placeAr: true, placeFr: true, chairAr: true, chairFr: true,
  membersPresent: true, notesAr: true, notesFr: true, status: true, version: true,
} satisfies Prisma.CommitteeSessionSelect;

export type StoredSession = Prisma.CommitteeSessionGetPayload<{ select: typeof storedSessionSelect }>;

export const storedItemSelect = {
  id: true, sessionId: true, applicationId: true, rank: true, scoreAtAgenda: true, decision: true,
  approvedAmountCentimes: true, reason: true, decidedAt: true,
} satisfies Prisma.CommitteeAgendaItemSelect;

export type StoredItem = Prisma.CommitteeAgendaItemGetPayload<{ select: typeof storedItemSelect }>;

/** The session as its edit form's strings (date day-first and time in Morocco), also used for conflicts. */
export function sessionFormValues(s: StoredSession): Record<string, string> {
  const { date, time } = utcToZonedParts(s.heldOn);
  // The Moroccan calendar day as UTC midnight, which formatFormDate prints day-first as the date fields show it.
  const day = formatFormDate(new Date(`${date}T00:00:00Z`));
  return {
    heldOnDate: day, heldOnTime: time, placeAr: s.placeAr, placeFr: s.placeFr, chairAr: s.chairAr, chairFr: s.chairFr,
    membersPresent: s.membersPresent, notesAr: s.notesAr, notesFr: s.notesFr,
  };
}
