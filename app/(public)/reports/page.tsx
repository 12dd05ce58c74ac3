import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { EditionStatus } from "@/components/report/edition-status";
import { ReportTable } from "@/components/report/report-table";
import { formatEra, formatPartialDate } from "@/lib/format/dates";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import { previousPublished, publicEditions } from "@/lib/report/editions";
import { changesHref, editionHref } from "@/lib/report/paths";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("archive"))("title") };
}

/** Every edition ever published, withdrawn ones included, each at its permanent address. */
export default async function ArchivePage() {
  await connection();
  const [editions, t, tNav, locale, format] = await Promise.all([
    publicEditions(), getTranslations("archive"), getTranslations("nav"), getAppLocale(), getFormatter(),
  ]);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: tNav("overview"), href: "/" }, { label: t("title") }]} />
      <header className="space-y-2">
        <h1 className="text-std-32B-150">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      {editions.length === 0 ? <p>{t("noEditionBody")}</p> : (
        <ReportTable caption={t("caption")} columns={[t("asOf"), t("editionTitle"), t("status"), t("publishedAt"), t("changes"), t("sha256")]} testId="archive">
          {editions.map((e) => {
            const asOf = { date: e.asOfDate, precision: "month" as const };
            const previous = previousPublished(editions, e.period);
            return (
              <tr key={e.id} className="border-b border-solid-gray-420 align-top" data-testid={`archive-${e.period}`}>
                <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                  <Link href={editionHref(e.period)}>{formatPartialDate(asOf, locale)}</Link>
                  {locale === "ja" && <span className="block text-std-16N-170 text-solid-gray-700">{formatEra(asOf)}</span>}
                </th>
                <td className="py-2 pr-4">{pick({ ja: e.titleJa, en: e.titleEn }, locale)}</td>
                <td className="py-2 pr-4">
                  <EditionStatus status={e.status} />
                  {e.status === "withdrawn" && <p className="text-std-16N-170">{pick({ ja: e.withdrawnReasonJa ?? "", en: e.withdrawnReasonEn }, locale)}</p>}
                </td>
                <td className="py-2 pr-4 whitespace-nowrap">
                  {e.publishedAt && format.dateTime(e.publishedAt, { dateStyle: "medium", timeZone: "Asia/Tokyo" })}
                </td>
                <td className="py-2 pr-4">{previous ? <Link href={changesHref(e.period)}>{t("changesSince", { period: previous.period })}</Link> : t("firstEdition")}</td>
                <td className="py-2 font-mono text-dns-16N-130 break-all">{e.sha256}</td>
              </tr>
            );
          })}
        </ReportTable>
      )}
    </div>
  );
}
