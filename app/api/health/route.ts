import { NextResponse } from "next/server";
import { checkDatabase } from "@/db/queries/health";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and CI: 200 when the database answers, 503 when not. */
export async function GET() {
  const ok = await checkDatabase();
  return NextResponse.json(
    { status: ok ? "ok" : "degraded", database: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
