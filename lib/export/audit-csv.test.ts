import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import type { AuditExportRow } from "@/db/queries/audit";
import { auditCsv } from "./audit-csv";

describe("the audit log's CSV", () => {
  const row: AuditExportRow = {
    id: 1,
    occurredAt: new Date("2021-11-03T01:02:03Z"),
    actorId: "a",
    actorName: "試験 編集者",
    actorEmail: "e@example.jp",
    entityType: "milestone",
    entityId: "m-1",
    action: "update",
    changes: { status: { old: "planned", new: "completed" } },
    projectId: "p-1",
    areaNumber: 2,
    label: '=HYPERLINK("x")',
    ip: "192.0.2.1",
    requestId: "0123456789abcdef0123456789abcdef",
  };

  it("holds each event as recorded, with a BOM, CRLF and Japanese headings with their keys", () => {
    const text = auditCsv([row]);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain("\r\n");
    const [header, record] = parse(text.slice(1)) as string[][];
    expect(header).toContain("変更内容（記録どおり）（changes）");
    expect(record).toContain('{"status":{"old":"planned","new":"completed"}}');
    expect(record).toContain("0123456789abcdef0123456789abcdef");
    expect(record).toContain("2021-11-03T01:02:03.000Z");
    // What a spreadsheet would run as a formula is written as text.
    expect(record).toContain('\'=HYPERLINK("x")');
  });
});
