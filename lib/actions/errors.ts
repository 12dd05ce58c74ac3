import type { Conflict, FieldErrors } from "./result";

/**
 * A refusal the user can act on (a taken e-mail, a stale version), thrown inside the
 * transaction so that nothing of the change is kept. Messages are message keys.
 */
export class ActionError extends Error {
  constructor(
    readonly formError: string | null,
    readonly fieldErrors: FieldErrors = {},
    readonly conflict?: Conflict,
  ) {
    super(formError ?? Object.values(fieldErrors).flat()[0] ?? "action refused");
    this.name = "ActionError";
  }
  static field(field: string, message: string) {
    return new ActionError(null, { [field]: [message] });
  }
  static conflict(conflict: Conflict) {
    return new ActionError(conflict.current ? "errors.conflict" : "errors.deletedMeanwhile", {}, conflict);
  }
}
