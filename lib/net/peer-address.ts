import { PEER_HEADER } from "./client-address";
import { onEveryRequest } from "./incoming";

// Next only fills X-Forwarded-For in when a request lacks it, so a client-sent one reaches
// the app unchanged, and nothing tells the app the socket's address. This writes that
// address into a header of its own, replacing whatever a client sent under that name.

/** Called once at start (instrumentation.ts), before the request log, which reads it. */
export function installPeerAddressHeader(): void {
  onEveryRequest("peer-address", (request) => {
    request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
  });
}
