import { NextResponse } from "next/server";
import { checkDatabase, schemaState } from "@/db/queries/health";
import { sharedRedisState } from "@/lib/shared/redis";
import { isStopping } from "@/lib/shutdown";

export const dynamic = "force-dynamic";

/**
 * Readiness, for a load balancer or an orchestrator: 200 when this server should be sent
 * requests (the database answers, its schema is the one this build needs, and it is not
 * stopping), 503 otherwise. The shared cache is reported; without it the server still
 * serves, from its own memory. /api/health stays the liveness check.
 */
export async function GET() {
  const [database, schema, sharedCache] = await Promise.all([
    checkDatabase().then((ok) => (ok ? "ok" : "unavailable")),
    schemaState(),
    sharedRedisState(),
  ]);
  const stopping = isStopping();
  const ready = database === "ok" && schema === "current" && !stopping;
  return NextResponse.json(
    { status: ready ? "ready" : stopping ? "stopping" : "not ready", database, schema, sharedCache },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
