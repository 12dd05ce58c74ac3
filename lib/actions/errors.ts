import type { FieldErrors } from "./result";

/**
 * A refusal the user can act on (a taken e-mail, a stale version), thrown inside the
 * transaction so that nothing of the change is kept. Messages are message keys.
 */
export class ActionError extends Error {
  constructor(readonly formError: string | null, readonly fieldErrors: FieldErrors = {}) {
    super(formError ?? Object.values(fieldErrors).flat()[0] ?? "action refused");
    this.name = "ActionError";
  }
  static field(field: string, message: string) {
    return new ActionError(null, { [field]: [message] });
  }
}
