import { Readable } from "node:stream";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { liveExport } from "@/lib/export/live";
import { exportHeaders, exportRequest } from "@/lib/import/export-request";

// The staff export (the live data with ids and versions): the one format the import takes back.
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const answer = exportRequest(await getCurrentUser(), query.get("format"), query.get("area"));
  if ("status" in answer)
    return Response.json(answer.body, { status: answer.status, headers: { "cache-control": "no-store" } });
  const { stream, takenAt } = await liveExport(await getDb(), answer.format, answer.areas);
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: exportHeaders(answer.format, takenAt, answer.areas),
  });
}
