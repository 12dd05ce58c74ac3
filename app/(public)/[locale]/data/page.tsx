import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiSection, DownloadsSection } from "@/components/data/data-access";
import { DictionaryTableSection, tableAnchor, tableLabel } from "@/components/data/dictionary-table";
import {
  CodeListTables,
  DataCorrectionLog,
  DatePrecisionTable,
  FormatChangeLog,
} from "@/components/data/reference-tables";
import { locales } from "@/i18n/config";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { DICTIONARY } from "@/lib/export/dictionary";

type Props = { params: Promise<LocaleParams> };

// Describes the data's format, not an edition's content: no database, so both languages
// are rendered during the build.
export const generateStaticParams = async () => locales.map((locale) => ({ locale }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  pageLocale(await params);
  const t = await getTranslations("dataDictionary");
  return { title: t("title") };
}

const heading = "text-std-24B-150";
// The page's tables have hundreds of cells: their spacing and rules are set once here
// (descendant selectors) rather than on every cell, which keeps the HTML and its server
// component payload small.
const tableBodies =
  "[&_tbody_tr]:border-b [&_tbody_tr]:border-solid-gray-420 [&_tbody_:is(th,td)]:py-2 [&_tbody_:is(th,td)]:pr-4 [&_tbody_:is(th,td)]:align-top [&_tbody_th]:font-normal";

/** Open data: what each edition is published as, the API, the licence and the data dictionary. */
export default async function OpenDataPage({ params }: Props) {
  const locale = pageLocale(await params);
  const t = await getTranslations("dataDictionary");
  const sections = [
    ["downloads", t("downloadsHeading")],
    ["api", t("apiHeading")],
    ["licence", t("licenceHeading")],
    ["dictionary", t("dictionaryHeading")],
    ["codes", t("codeListsHeading")],
    ["precisions", t("precisionsHeading")],
    ["changes", t("changeLogHeading")],
  ] as const;
  return (
    <article className={`space-y-8 ${tableBodies}`}>
      <header className="max-w-[800px] space-y-2">
        <h1 className="text-std-32B-150">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      <nav aria-labelledby="data-contents">
        <h2 id="data-contents" className="text-std-17B-170">
          {t("contents")}
        </h2>
        <ul className="list-disc pl-6">
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className="inline-flex min-h-11 items-center">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="max-w-[800px] space-y-8">
        <DownloadsSection />
        <ApiSection />
        <section id="licence" aria-labelledby="licence-heading" className="space-y-2">
          <h2 id="licence-heading" className={heading}>
            {t("licenceHeading")}
          </h2>
          <p>{t("licence")}</p>
          <h3 className="text-std-20B-150">{t("attributionHeading")}</h3>
          <ul className="list-disc pl-6" data-testid="attribution">
            {(t.raw("attribution") as string[]).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p>{t("attributionNote")}</p>
        </section>
      </div>
      <section id="dictionary" aria-labelledby="dictionary-heading" className="space-y-6">
        <h2 id="dictionary-heading" className={heading}>
          {t("dictionaryHeading")}
        </h2>
        <p className="max-w-[800px]">{t("dictionaryIntro")}</p>
        <ul className="list-disc pl-6 md:columns-2">
          {DICTIONARY.map((table) => (
            <li key={table.name}>
              <a href={`#${tableAnchor(table.name)}`} className="inline-flex min-h-11 items-center">
                {tableLabel(table, locale)}
              </a>
            </li>
          ))}
        </ul>
        {DICTIONARY.map((table) => (
          <DictionaryTableSection key={table.name} table={table} locale={locale} />
        ))}
      </section>
      <section id="codes" aria-labelledby="codes-heading" className="space-y-4">
        <h2 id="codes-heading" className={heading}>
          {t("codeListsHeading")}
        </h2>
        <p>{t("codeListsIntro")}</p>
        <CodeListTables locale={locale} />
      </section>
      <section id="precisions" aria-labelledby="precisions-heading" className="space-y-2">
        <h2 id="precisions-heading" className={heading}>
          {t("precisionsHeading")}
        </h2>
        <p className="max-w-[800px]">{t("precisionsIntro")}</p>
        <DatePrecisionTable locale={locale} />
      </section>
      <section id="changes" aria-labelledby="changes-heading" className="space-y-2">
        <h2 id="changes-heading" className={heading}>
          {t("changeLogHeading")}
        </h2>
        <p className="max-w-[800px]">{t("changeLogIntro")}</p>
        <FormatChangeLog locale={locale} />
        <h3 id="corrections" className="scroll-mt-4 text-std-20B-150">
          {t("correctionsHeading")}
        </h3>
        <p className="max-w-[800px]">{t("correctionsIntro")}</p>
        <DataCorrectionLog locale={locale} />
      </section>
    </article>
  );
}
