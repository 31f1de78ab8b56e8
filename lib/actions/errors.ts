// Expected failures a mutation can throw; runFormAction turns each into a message for the user.
// (DomainError, for broken business rules, lives in lib/domain-error.ts.)

/** Saving over a newer version. `current` is the stored record as form values, to show what differs. */
export class VersionConflictError extends Error {
  constructor(
    readonly current: Record<string, string>,
    readonly currentVersion: number,
  ) {
    super("The record was changed by someone else since it was opened.");
    this.name = "VersionConflictError";
  }
}

/** The record does not exist, or belongs to a prefecture the user may not touch: the user cannot tell which. */
export class RecordNotFoundError extends Error {
  constructor() {
    super("Record not found.");
    this.name = "RecordNotFoundError";
  }
}

/** Warnings (eligibility rules) that the user has to acknowledge before saving. */
export class UnacknowledgedWarningsError extends Error {
  constructor(readonly warnings: { code: string; params?: Record<string, string | number> }[]) {
    super("Warnings must be acknowledged.");
    this.name = "UnacknowledgedWarningsError";
  }
}

/** Deleting a record that others refer to. `references` counts the referring records by kind. */
export class StillReferencedError extends Error {
  constructor(readonly references: Record<string, number>) {
    super("The record is still referred to.");
    this.name = "StillReferencedError";
  }
}

/** A refusal of the whole form, said in one message: `code` is a Validation key, `params` its values. */
export class FormRefusedError extends Error {
  constructor(readonly code: string, readonly params: Record<string, string | number> = {}) {
    super(`Refused: ${code}`);
    this.name = "FormRefusedError";
  }
}
