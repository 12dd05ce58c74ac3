import { getDb } from "@/db/client";
import { dateInTokyo } from "@/lib/domain/calendar";
import { roundReportList } from "@/db/queries/round-reports";
import { getRound, roundAreaCounts } from "@/db/queries/rounds";
import { getCurrentUser } from "@/lib/auth/current-user";
import { areaTable, reportTable, roundExportRequest, tableCsv, tablesXlsx } from "@/lib/export/round-export";
import { idSchema } from "@/lib/validation/fields";

const noStore = { "cache-control": "private, no-store" };

// A round's dashboard as CSV (one table: ?table=areas or reports) or as a workbook of both.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const url = new URL(request.url);
  const answer = roundExportRequest(
    await getCurrentUser(),
    url.searchParams.get("format"),
    url.searchParams.get("table"),
  );
  if ("status" in answer) return Response.json(answer.body, { status: answer.status, headers: noStore });
  const { id } = await params;
  const db = await getDb();
  const round = idSchema.safeParse(id).success ? await getRound(db, id) : null;
  if (!round) return Response.json({ error: "no such round" }, { status: 404, headers: noStore });
  const today = dateInTokyo();
  const name = `round-${round.period}`;
  if (answer.format === "csv") {
    const table =
      answer.table === "areas"
        ? areaTable(await roundAreaCounts(db, id, today))
        : reportTable(await roundReportList(db, id, today));
    return new Response(tableCsv(table), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}-${answer.table}.csv"`,
        ...noStore,
      },
    });
  }
  const [counts, reports] = await Promise.all([roundAreaCounts(db, id, today), roundReportList(db, id, today)]);
  return new Response(new Uint8Array(await tablesXlsx([areaTable(counts), reportTable(reports)])), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${name}.xlsx"`,
      ...noStore,
    },
  });
}
