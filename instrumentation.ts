import type { Instrumentation } from "next";

// Runs once when the server process starts: the database is migrated (and an empty
// embedded one seeded) before the first request, and bad configuration stops the
// server with one clear line.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { installPeerAddressHeader } = await import("./lib/net/peer-address");
    installPeerAddressHeader();
    const { startDatabase } = await import("./lib/startup");
    await startDatabase();
    const { installRequestLog } = await import("./lib/net/request-log");
    installRequestLog();
    const { installGracefulStop } = await import("./lib/shutdown");
    installGracefulStop();
  }
}

// An error thrown while rendering or answering, logged with the id of its request so that
// it can be found from the id a user or the proxy's log gives.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/log/logger");
  const { REQUEST_ID_HEADER } = await import("./lib/net/request-id");
  log.error(
    {
      err: error,
      reqId: request.headers[REQUEST_ID_HEADER],
      path: request.path,
      route: context.routePath,
      kind: context.routeType,
    },
    "request failed",
  );
};
