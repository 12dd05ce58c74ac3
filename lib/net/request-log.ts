import type http from "node:http";
import { pinoHttp } from "pino-http";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log/logger";
import { clientAddress } from "./client-address";
import { onEveryRequest } from "./incoming";
import { REQUEST_ID_HEADER, requestIdOf } from "./request-id";

// One JSON line per request when its response ends: id, method, address, status, time, and
// the client's address as the sign-in throttle sees it. pino-http, the request logger made
// for pino. Headers are never logged (they carry the session cookie); neither is a body.

// What a load balancer and the browser ask for all day: logged only at "debug".
const ROUTINE = /^\/(?:api\/(?:health|ready)(?:\?|$)|_next\/static\/|favicon\.ico)/;

const headerOf = (request: http.IncomingMessage) => ({
  get: (name: string) => {
    const value = request.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(", ") : (value ?? null);
  },
});

/** Called once at start (instrumentation.ts), after the peer address header. */
export function installRequestLog(): void {
  const hops = serverEnv().TRUSTED_PROXY_HOPS;
  const logger = pinoHttp({
    logger: log,
    quietReqLogger: true,
    genReqId: (request) => request.headers[REQUEST_ID_HEADER] as string,
    customLogLevel: (request, response, error) =>
      error || response.statusCode >= 500
        ? "error"
        : ROUTINE.test(request.url ?? "") && response.statusCode < 400
          ? "debug"
          : "info",
    serializers: {
      // The id is the line's "reqId", as on every other line about the request.
      req: (request: { method: string; url: string; raw: http.IncomingMessage }) => ({
        method: request.method,
        url: request.url,
        ip: clientAddress(headerOf(request.raw), hops),
      }),
      res: (response: { statusCode: number }) => ({ status: response.statusCode }),
    },
  });
  onEveryRequest("request-log", (request, response) => {
    const id = requestIdOf(request.headers[REQUEST_ID_HEADER], hops > 0);
    request.headers[REQUEST_ID_HEADER] = id;
    response.setHeader("X-Request-Id", id);
    logger(request, response);
  });
}
