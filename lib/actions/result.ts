// What every server action returns: never a thrown error or a stack trace to the browser.
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

export type ActionFailure = { ok: false; formError: string | null; fieldErrors: FieldErrors; conflict?: Conflict };
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;
