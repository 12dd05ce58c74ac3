import http from "node:http";
import https from "node:https";

// `next start` gives the app no hook on the HTTP exchange itself: route handlers and server
// actions never see the socket, nor the response's status once it is sent. The one place
// that sees both is the HTTP server's "request" event, before Next reads the request. Hooks
// registered here run there, in the order registered, for every server of the process
// (created before or after).

export type RequestHook = (request: http.IncomingMessage, response: http.ServerResponse) => void;

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;

// One list per process, though Next may load this module in more than one bundle.
const slot = globalThis as unknown as { __trackerRequestHooks?: Map<string, RequestHook> };

function wrap(proto: { emit: Emit }, hooks: Map<string, RequestHook>) {
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event, ...args) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      for (const hook of hooks.values()) hook(request, response);
    }
    return emit.call(this, event, ...args);
  };
}

/** Runs `hook` on every request from now on; a second hook of the same name replaces the first. */
export function onEveryRequest(name: string, hook: RequestHook): void {
  if (!slot.__trackerRequestHooks) {
    const hooks = (slot.__trackerRequestHooks = new Map());
    wrap(http.Server.prototype as unknown as { emit: Emit }, hooks);
    wrap(https.Server.prototype as unknown as { emit: Emit }, hooks);
  }
  slot.__trackerRequestHooks.set(name, hook);
}
