import http from "node:http";
import https from "node:https";
import { PEER_HEADER } from "./client-address";

// `next start` gives route handlers and server actions no access to the socket, and Next
// only fills X-Forwarded-For in when a request lacks it, so a client-sent one reaches the
// app unchanged. The one place that sees the socket is the HTTP server's "request" event:
// this writes the socket's address into a header of its own there, before Next reads the
// request, replacing whatever a client sent under that name.

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;

const slot = globalThis as unknown as { __peerAddressInstalled?: boolean };

function wrap(proto: { emit: Emit }) {
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event, ...args) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  };
}

/** Called once at start (instrumentation.ts); servers created before or after are covered. */
export function installPeerAddressHeader(): void {
  if (slot.__peerAddressInstalled) return;
  slot.__peerAddressInstalled = true;
  wrap(http.Server.prototype as unknown as { emit: Emit });
  wrap(https.Server.prototype as unknown as { emit: Emit });
}
