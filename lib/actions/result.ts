// What every server action returns: never a thrown error or a stack trace to the browser.
import type { Conflict, FieldErrors } from "@/lib/domain/errors";

export type { Conflict, FieldErrors };

export type ActionFailure = { ok: false; formError: string | null; fieldErrors: FieldErrors; conflict?: Conflict };
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;
