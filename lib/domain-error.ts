// An expected refusal of a write: which field, which rule. Actions turn it into a translated message next
// to the field; nothing is written when one is thrown.
/** `params`: values of the message's placeholders, already formatted for the reader. */
export type Violation = { field: string; code: string; params?: Record<string, string | number> };

export class DomainError extends Error {
  constructor(readonly violations: Violation[]) {
    super(`Refused: ${violations.map((v) => `${v.field}: ${v.code}`).join("; ")}`);
    this.name = "DomainError";
  }
}
