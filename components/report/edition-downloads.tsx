import { getTranslations } from "next-intl/server";
import { downloadName, downloadPath } from "@/lib/export/downloads";
import { editionDownloads } from "@/lib/export/edition-files";
import { formatBytes } from "@/lib/format/numbers";
import type { AppLocale } from "@/i18n/config";
import type { EditionView } from "@/lib/report/editions";
import { ReportTable } from "./report-table";

/**
 * An edition's data as files (JSON, CSV, Excel) with their sizes and sha256, on its public
 * page. Plain links: the downloads are served by the open data API.
 */
export async function EditionDownloads({ view, locale }: { view: EditionView; locale: AppLocale }) {
  const { edition } = view;
  const [t, downloads] = await Promise.all([getTranslations("exports"), editionDownloads([edition])]);
  return (
    <section aria-labelledby="downloads" className="no-print space-y-3" data-testid="edition-downloads">
      <h2 id="downloads" className="text-std-24B-150">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      <ReportTable
        caption={t("caption", { period: edition.period })}
        columns={[t("format"), t("contents"), t("size"), t("sha256")]}
        testId="downloads"
      >
        {(downloads.get(edition.id) ?? []).map((d) => (
          <tr key={d.format} className="border-b border-solid-gray-420 align-top" data-testid={`download-${d.format}`}>
            <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
              <a href={downloadPath(edition.period, d.format)} download={downloadName(edition.period, d.format)}>
                {t(`formats.${d.format}`)}
              </a>
            </th>
            <td className="py-2 pr-4">{t(`contentsOf.${d.format}`)}</td>
            <td className="py-2 pr-4 whitespace-nowrap">{formatBytes(d.size, locale)}</td>
            <td className="py-2 font-mono text-dns-16N-130 break-all">{d.sha256}</td>
          </tr>
        ))}
      </ReportTable>
      <p>{t("licence")}</p>
      <p>
        <a href={view.links.data}>{t("dictionaryLink")}</a>
      </p>
    </section>
  );
}
