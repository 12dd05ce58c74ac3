// Refusals the rules of the product make, in terms a user can act on: the data layer and
// the domain throw them, the action wrapper (lib/actions) turns them into what a form
// shows. Messages are message keys; field names are the record's own.

export type FieldErrors = Record<string, string[]>;

/**
 * Someone saved the record after the form was opened. The save wrote nothing; the form
 * shows who changed it, when, and their values beside the user's own.
 */
export type Conflict = {
  updatedBy: string | null;
  updatedAt: string;
  /** The version now stored: saving again with it deliberately replaces their values. */
  version: number;
  /** Their values, in the form's own shape; null when they deleted the record. */
  current: Record<string, unknown> | null;
};

/**
 * A refusal the user can act on (a taken e-mail, a stale version), thrown inside the
 * transaction so that nothing of the change is kept.
 */
export class DomainError extends Error {
  constructor(
    readonly formError: string | null,
    readonly fieldErrors: FieldErrors = {},
    readonly conflict?: Conflict,
  ) {
    super(formError ?? Object.values(fieldErrors).flat()[0] ?? "refused");
    this.name = "DomainError";
  }
  static field(field: string, message: string) {
    return new DomainError(null, { [field]: [message] });
  }
  static conflict(conflict: Conflict) {
    return new DomainError(conflict.current ? "errors.conflict" : "errors.deletedMeanwhile", {}, conflict);
  }
}
