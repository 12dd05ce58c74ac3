import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/format/dates";
import type { DictionaryColumn, DictionaryTable } from "@/lib/export/dictionary";
import { columnsOf } from "@/lib/export/tables";
import { ReportTable } from "@/components/report/report-table";
import { MeaningText } from "./meaning-text";

export const tableAnchor = (name: string) => `table-${name}`;
export const codeListAnchor = (list: string) => `code-${list}`;

/** A table's name in the page's language with its file key: 節目（milestones）, Milestones (milestones). */
export const tableLabel = (table: { name: string; ja: string; en: string }, locale: Locale) =>
  locale === "ja" ? `${table.ja}（${table.name}）` : `${table.en} (${table.name})`;

/** One published table in the data dictionary: what a row is, its key, and each public column. */
export async function DictionaryTableSection({ table, locale }: { table: DictionaryTable; locale: Locale }) {
  const t = await getTranslations("dataDictionary");
  const name = locale === "ja" ? table.ja : table.en;
  const publicKeys = new Set(columnsOf(table, "edition").map((c) => c.key));
  const entries = table.entries.filter((c) => publicKeys.has(c.key));
  const values = (col: DictionaryColumn) => {
    if (col.codes) return <a href={`#${codeListAnchor(col.codes)}`}>{t("codeListLink", { list: col.codes })}</a>;
    if (col.type === "boolean") return "true / false";
    if (col.type === "date") return "YYYY-MM-DD";
    if (col.type === "datetime") return "ISO 8601 (UTC)";
    return t("none");
  };
  return (
    <section id={tableAnchor(table.name)} className="space-y-2" data-testid={`dictionary-${table.name}`}>
      <h3 className="text-std-20B-150">{tableLabel(table, locale)}</h3>
      <p>
        <MeaningText text={locale === "ja" ? table.row.ja : table.row.en} locale={locale} />{" "}
        {table.key.length ? t("key", { columns: table.key.join(", ") }) : t("noKey")}
      </p>
      <ReportTable
        caption={t("tableCaption", { name, key: table.name })}
        columns={[
          t("columns.key"),
          t("columns.name"),
          t("columns.type"),
          t("columns.unit"),
          t("columns.values"),
          t("columns.meaning"),
        ]}
        testId={`dictionary-table-${table.name}`}
      >
        {entries.map((col) => (
          <tr key={col.key}>
            <th scope="row">
              <code>{col.key}</code>
            </th>
            <td>{locale === "ja" ? col.ja : col.en}</td>
            <td className="whitespace-nowrap">{t(`types.${col.type}`)}</td>
            <td>
              {col.unit ? (
                <MeaningText text={locale === "ja" ? col.unit.ja : col.unit.en} locale={locale} />
              ) : (
                t("none")
              )}
            </td>
            <td>{values(col)}</td>
            <td>
              <MeaningText text={locale === "ja" ? col.meaning.ja : col.meaning.en} locale={locale} />
            </td>
          </tr>
        ))}
      </ReportTable>
    </section>
  );
}
