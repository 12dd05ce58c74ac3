import { asSource, collect, emptyRows, loadWorkbook } from "@/lib/import/testing/export-files";
import { TABLES } from "./tables";
import { xlsxStream } from "./xlsx";
import { describe, expect, it } from "vitest";
import { downloadExport } from "@/lib/import/testing/import-run";
import { useTestDatabase } from "@/db/testing/use-database";
import { sheetOf, SheetEdit } from "@/lib/import/testing/sheets";
import { MILESTONE_STATUSES } from "@/lib/domain/code-lists";
import { codeLabels } from "./row-parts";

// The staff workbook guards what the import relies on; an edition's workbook stays plain.

describe("the staff workbook", () => {
  const fx = useTestDatabase("pglite", { seeded: true });

  it("locks and shades a record's id and version, leaves the rest open, and offers each code column's codes", async () => {
    const workbook = await loadWorkbook(await downloadExport(fx.h, "xlsx"));
    const sheet = sheetOf(workbook, "milestones");
    const columns = SheetEdit.of(workbook, "milestones");
    const cell = (key: string) => sheet.getRow(2).getCell(columns.column(key));
    // Protected without a password: Excel asks, and anyone may lift it.
    const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty("hashValue");
    // Locked is a cell's default in Excel: a locked cell carries no protection of its own.
    for (const key of ["milestone_id", "version"]) {
      expect(cell(key).protection?.locked ?? true, key).toBe(true);
      expect(cell(key).fill, key).toMatchObject({ fgColor: { argb: "FFE6E6E6" } });
    }
    expect(cell("title_ja").protection).toMatchObject({ locked: false });
    expect(cell("project_id").protection).toMatchObject({ locked: false });
    const status = cell("status");
    // Codes as their Japanese labels, in the cells and in the list (「予定,実施中,完了,…」).
    const labels = codeLabels("milestone_status", "ja");
    expect(status.dataValidation).toMatchObject({
      type: "list",
      formulae: [`"${MILESTONE_STATUSES.map((code) => labels[code]).join(",")}"`],
    });
    expect(Object.values(labels)).toContain(status.value);
  });

  it("names each sheet in Japanese with its key, as Excel allows; an edition's sheets keep their keys", async () => {
    const staff = await loadWorkbook(await downloadExport(fx.h, "xlsx"));
    expect(staff.worksheets.map((ws) => ws.name)).toEqual(TABLES.map((t) => `${t.ja}（${t.name}）`));
    expect(staff.worksheets.map((ws) => ws.name)).toContain("節目（milestones）");
    for (const ws of staff.worksheets) {
      expect(ws.name.length, ws.name).toBeLessThanOrEqual(31);
      expect(ws.name, ws.name).not.toMatch(/[\\/?*[\]:]/);
    }
    const edition = await loadWorkbook(await collect(xlsxStream(asSource(emptyRows()), "edition", new Date())));
    expect(edition.worksheets.map((ws) => ws.name)).toEqual(TABLES.map((t) => t.name));
  });
});
