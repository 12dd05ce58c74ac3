import { randomUUID } from "node:crypto";

// Every request has an id, written in its log line, sent back as X-Request-Id and stored in
// the audit rows of the change it made, so that a support call ("it failed at 10:02"), the
// proxy's log, the app's log and the audit log can be matched. Behind our own proxy
// (TRUSTED_PROXY_HOPS > 0) the proxy's id is kept, so its log line matches too: nginx sets
// the header itself (deploy/nginx.conf), replacing any a client sent. Without a proxy of
// ours, a client's header decides nothing.

/** Set on every request by the request log, replacing whatever a client sent under that name. */
export const REQUEST_ID_HEADER = "x-request-id";

// nginx's $request_id is 32 hex digits; a UUID is 36 characters.
const WELL_FORMED = /^[A-Za-z0-9-]{16,64}$/;

/** The proxy's id when there is a proxy of ours and its id is well formed; otherwise a new one. */
export function requestIdOf(sent: string | string[] | undefined, behindOurProxy: boolean): string {
  return behindOurProxy && typeof sent === "string" && WELL_FORMED.test(sent) ? sent : randomUUID();
}
