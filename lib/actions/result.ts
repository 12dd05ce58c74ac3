// What every server action returns: never a thrown error or a stack trace to the browser.
export type FieldErrors = Record<string, string[]>;
export type ActionResult<T> = { ok: true; data: T } | { ok: false; formError: string | null; fieldErrors: FieldErrors };
