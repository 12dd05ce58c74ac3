import { readAuditQuery } from "@/components/staff/audit-filters";
import { getDb } from "@/db/client";
import { listAuditExport } from "@/db/queries/audit";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AUDIT_EXPORT_LIMIT, auditCsv, auditExportRequest } from "@/lib/export/audit-csv";
import { tokyoFileStamp } from "@/lib/import/export-request";

// The audit log, filtered as on its page, as a CSV file: the newest 20,000 events at most.
export async function GET(request: Request) {
  const answer = auditExportRequest(await getCurrentUser());
  if ("status" in answer)
    return Response.json(answer.body, { status: answer.status, headers: { "cache-control": "no-store" } });
  const { filters } = readAuditQuery(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await listAuditExport(await getDb(), filters, AUDIT_EXPORT_LIMIT);
  return new Response(auditCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-log-${tokyoFileStamp(new Date())}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
