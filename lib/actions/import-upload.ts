import { readLimitedBody, sameOrigin } from "@/lib/api/limited-body";
import { can } from "@/lib/domain/permissions";
import { MAX_UPLOAD_BYTES } from "@/lib/validation/import";
import type { ActionContext } from "./define-action";
import { importSpreadsheetDef } from "./import";
import type { ActionFailure } from "./result";

// The staff import's upload (POST /staff/import/upload). The import has a body limit of its
// own, so that every other server action keeps Next's small one (next.config.js): the body
// is read here within the file limit plus room for the form's other fields, and the same
// action definition as any form's (session, permission, zod, transaction) runs on it.

/** The form's other fields and the multipart boundaries: a few hundred bytes; room to spare. */
export const UPLOAD_BODY_LIMIT = MAX_UPLOAD_BYTES + 64 * 1024;

const refusal = (status: number, formError: string) =>
  Response.json({ ok: false, formError, fieldErrors: {} } satisfies ActionFailure, {
    status,
    headers: { "cache-control": "no-store" },
  });

export async function importUploadResponse(request: Request, ctx: ActionContext): Promise<Response> {
  // Judged before the body is read: nobody else makes the server hold ten megabytes.
  if (!ctx.actor) return refusal(401, "errors.signInRequired");
  if (!can(ctx.actor, importSpreadsheetDef.permission)) return refusal(403, "errors.forbidden");
  if (!sameOrigin(request)) return refusal(403, "errors.forbidden");
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data"))
    return refusal(415, "import.fileRequired");
  const body = await readLimitedBody(request, UPLOAD_BODY_LIMIT);
  if (!body.ok) return refusal(413, "import.uploadTooLarge");
  let form: FormData;
  try {
    form = await new Response(body.bytes, {
      headers: { "content-type": request.headers.get("content-type")! },
    }).formData();
  } catch {
    return refusal(400, "import.fileRequired");
  }
  const result = await importSpreadsheetDef.execute(ctx, form);
  return Response.json(result, { headers: { "cache-control": "no-store" } });
}
