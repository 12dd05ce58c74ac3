import { describe, expect, it } from "vitest";
import { DATE_PRECISIONS } from "@/lib/domain/partial-date";
import { plan } from "@/db/seed/data";
import { DATA_CORRECTIONS } from "./corrections";
import { CODE_LIST_NOTES, DATE_PRECISION_NOTES, DICTIONARY, referencedColumns } from "./dictionary";
import { TABLE_NOTES } from "./dictionary-tables";
import { CODE_LISTS, TABLE_BY_NAME, TABLES, type TableName } from "./tables";

const columnExists = (table: string, column: string) =>
  TABLE_BY_NAME.get(table as TableName)?.columns.some((c) => c.key === column) ?? false;

describe("data dictionary", () => {
  it("gives every column of every table a meaning in both languages", () => {
    for (const table of DICTIONARY) {
      expect(table.row.ja && table.row.en, table.name).toBeTruthy();
      for (const col of table.entries) {
        expect(col.meaning.ja.trim(), `${table.name}.${col.key} (ja)`).not.toBe("");
        expect(col.meaning.en.trim(), `${table.name}.${col.key} (en)`).not.toBe("");
      }
    }
  });

  it("explains no column the table does not have, and keys only columns it has", () => {
    for (const table of TABLES) {
      const keys = table.columns.map((c) => c.key);
      expect(Object.keys(TABLE_NOTES[table.name].columns).sort(), table.name).toEqual([...keys].sort());
      for (const k of TABLE_NOTES[table.name].key) expect(keys, `${table.name} key ${k}`).toContain(k);
    }
  });

  it("refers only to columns that exist", () => {
    for (const table of DICTIONARY) {
      const texts = [
        table.row.ja,
        table.row.en,
        ...table.entries.flatMap((c) => [c.meaning.ja, c.meaning.en, c.unit?.ja ?? "", c.unit?.en ?? ""]),
      ];
      for (const text of texts) {
        for (const [t, col] of referencedColumns(text, table.name))
          expect(columnExists(t, col), `${table.name}: \`${t}.${col}\` in “${text}”`).toBe(true);
      }
    }
  });

  it("reads the planned date with its precision", () => {
    const planned = DICTIONARY.find((t) => t.name === "milestones")!.entries.find((c) => c.key === "planned_date")!;
    expect(planned.meaning.ja).toContain("2021年度");
    expect(referencedColumns(planned.meaning.en, "milestones")).toContainEqual(["milestones", "planned_precision"]);
  });

  it("explains every code list and date precision", () => {
    expect(Object.keys(CODE_LIST_NOTES).sort()).toEqual(Object.keys(CODE_LISTS).sort());
    expect(Object.keys(DATE_PRECISION_NOTES)).toEqual([...DATE_PRECISIONS]);
  });

  it("records the correction of the seeded edition's data, every change in both languages", () => {
    const seeded = DATA_CORRECTIONS.filter((c) => c.period === plan.asOf.date.slice(0, 7));
    expect(seeded).toHaveLength(1);
    const changes = seeded[0]!.changes;
    for (const change of changes) {
      expect(change.ja.trim()).not.toBe("");
      expect(change.en.trim()).not.toBe("");
    }
    // Each corrected item is named in both languages.
    for (const item of ["1-⑦", "4-④", "5-①", "8-①", "8-②", "2-①", "6-③", "6-⑥", "7-①", "7-②", "6-⑤", "8-③"]) {
      expect(
        changes.some((c) => c.ja.includes(item)),
        `${item} (ja)`,
      ).toBe(true);
      expect(
        changes.some((c) => c.en.includes(item)),
        `${item} (en)`,
      ).toBe(true);
    }
    expect(changes.map((c) => c.ja).join("")).toContain("21.6万人");
    expect(changes.map((c) => c.en).join("")).toContain("Russian Far East");
  });
});
