import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { roundReportList } from "@/db/queries/round-reports";
import { roundAreaCounts } from "@/db/queries/rounds";
import { queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { contextFor } from "@/db/testing/personas";
import { useTestDatabase } from "@/db/testing/use-database";
import { openRoundDef, submitReportDef } from "@/lib/actions/rounds";
import { sql } from "drizzle-orm";
import { areaTable, reportTable, tableCsv, tablesXlsx } from "./round-export";

// A round's downloads: one table per file or sheet, headings in row 1, numbers as numbers,
// codes as codes, UTF-8 with a BOM and CRLF for the CSV.

describe.each(testDbKinds())("a round's downloads on %s", (kind) => {
  const fx = useTestDatabase(kind, { seeded: true, personas: true });

  it("hold the same figures as the dashboard, machine-readable", async () => {
    const opened = await openRoundDef.execute(contextFor(fx.h.db, fx.actors.admin), {
      period: "2041-01",
      titleJa: "2041年1月の進捗報告",
      titleEn: "",
      deadline: "2041-01-20",
      instructionsJa: "",
      instructionsEn: "",
      scope: "some",
      areas: [2, 5],
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const id = opened.data.id;
    const [first] = await queryRows<{ id: string }>(
      fx.h,
      sql`select r.id::text from round_reports r join projects p on p.id = r.project_id
          where r.round_id = ${id} order by p.area_number, p.number limit 1`,
    );
    await submitReportDef.execute(contextFor(fx.h.db, fx.actors.editorArea), { id: first!.id, version: 1, note: "" });
    const counts = await roundAreaCounts(fx.h.db, id, "2041-01-21");
    const reports = await roundReportList(fx.h.db, id, "2041-01-21");

    const csv = tableCsv(areaTable(counts));
    expect(csv.startsWith("\uFEFF分野（area_number）,対象（件）（in_scope）,")).toBe(true);
    const lines = csv.slice(1).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(1 + counts.length);
    const area2 = counts.find((c) => c.areaNumber === 2)!;
    expect(lines[1]).toBe([2, area2.inScope, area2.inScope - 1, 1, 0, 0, 0, area2.inScope - 1].join(","));

    const listed = tableCsv(reportTable(reports)).slice(1).split("\r\n").filter(Boolean);
    expect(listed).toHaveLength(1 + reports.length);
    expect(listed[1]).toMatch(
      /^2,\d+,2-[①-⑳],[^,]+,submitted,false,false,\d{4}-\d\d-\d\dT[\d:.]+Z,editor2@test\.example,,$/,
    );

    const book = new ExcelJS.Workbook();
    const bytes = await tablesXlsx([areaTable(counts), reportTable(reports)]);
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["分野別（areas）", "項目別（reports）"]);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("分野（area_number）");
    expect(sheet.getRow(2).getCell(2).value).toBe(counts[0]!.inScope);
    expect(book.worksheets[1]!.rowCount).toBe(1 + reports.length);
  });
});
