import { getTranslations } from "next-intl/server";
import { ReportTable } from "@/components/report/report-table";
import { DATE_PRECISIONS } from "@/lib/domain/partial-date";
import type { Locale } from "@/lib/format/dates";
import { DATA_CORRECTIONS } from "@/lib/export/corrections";
import { CODE_LIST_NOTES, DATE_PRECISION_NOTES, FORMAT_CHANGES } from "@/lib/export/dictionary";
import { codeRows } from "@/lib/export/row-parts";
import type { CodeListName } from "@/lib/export/tables";
import { codeListAnchor } from "./dictionary-table";
import { MeaningText } from "./meaning-text";

// The tables the data dictionary points to: the code lists, the date precisions and the
// change log of the format and of corrections to the data. Each is a native table with a caption, as the design system asks.

const pick = (text: { ja: string; en: string }, locale: Locale) => (locale === "ja" ? text.ja : text.en);

type CodeRow = { code: string; label_ja: string | null; label_en: string | null };

function codeLists(): Map<CodeListName, CodeRow[]> {
  const lists = new Map<CodeListName, CodeRow[]>();
  for (const row of codeRows()) {
    const list = row.code_list as CodeListName;
    lists.set(list, [...(lists.get(list) ?? []), row as unknown as CodeRow]);
  }
  return lists;
}

export async function CodeListTables({ locale }: { locale: Locale }) {
  const t = await getTranslations("dataDictionary");
  return (
    <>
      {[...codeLists()].map(([list, rows]) => (
        <div key={list} id={codeListAnchor(list)}>
          <ReportTable
            caption={t("codeCaption", { list, note: pick(CODE_LIST_NOTES[list], locale) })}
            columns={[t("codeColumns.code"), t("codeColumns.labelJa"), t("codeColumns.labelEn")]}
            testId={`code-list-${list}`}
          >
            {rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">
                  <code>{row.code}</code>
                </th>
                <td lang={locale === "ja" ? undefined : "ja"}>{row.label_ja}</td>
                <td lang={locale === "en" ? undefined : "en"}>{row.label_en}</td>
              </tr>
            ))}
          </ReportTable>
        </div>
      ))}
    </>
  );
}

export async function DatePrecisionTable({ locale }: { locale: Locale }) {
  const [t, tPrecision] = await Promise.all([getTranslations("dataDictionary"), getTranslations("audit.precisions")]);
  const c = (key: string) => t(`precisionColumns.${key}`);
  return (
    <ReportTable
      caption={t("precisionCaption")}
      columns={[c("code"), c("label"), c("meaning"), c("anchor"), c("example")]}
      testId="date-precisions"
    >
      {DATE_PRECISIONS.map((precision) => {
        const note = DATE_PRECISION_NOTES[precision];
        return (
          <tr key={precision}>
            <th scope="row">
              <code>{precision}</code>
            </th>
            <td>{tPrecision(precision)}</td>
            <td>
              <MeaningText text={pick(note, locale)} locale={locale} />
            </td>
            <td>{pick(note.anchor, locale)}</td>
            <td>
              <MeaningText text={pick(note.example, locale)} locale={locale} />
            </td>
          </tr>
        );
      })}
    </ReportTable>
  );
}

export async function FormatChangeLog({ locale }: { locale: Locale }) {
  const t = await getTranslations("dataDictionary");
  return (
    <ReportTable
      caption={t("changeLogCaption")}
      columns={[t("changeColumns.date"), t("changeColumns.version"), t("changeColumns.change")]}
      testId="format-changes"
    >
      {FORMAT_CHANGES.map((change) => (
        <tr key={change.date}>
          <th scope="row" className="whitespace-nowrap">
            <time dateTime={change.date}>{change.date}</time>
          </th>
          <td>{change.version}</td>
          <td>{pick(change, locale)}</td>
        </tr>
      ))}
    </ReportTable>
  );
}

export async function DataCorrectionLog({ locale }: { locale: Locale }) {
  const t = await getTranslations("dataDictionary");
  return (
    <ReportTable
      caption={t("correctionsCaption")}
      columns={[t("correctionColumns.date"), t("correctionColumns.edition"), t("correctionColumns.change")]}
      testId="data-corrections"
    >
      {DATA_CORRECTIONS.map((correction) => (
        <tr key={`${correction.date} ${correction.period}`}>
          <th scope="row" className="whitespace-nowrap">
            <time dateTime={correction.date}>{correction.date}</time>
          </th>
          <td className="whitespace-nowrap">{correction.period}</td>
          <td>
            <ul className="list-disc pl-6">
              {correction.changes.map((change) => (
                <li key={change.ja}>{pick(change, locale)}</li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </ReportTable>
  );
}
