import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { EditionStatus } from "@/components/report/edition-status";
import { ReportTable } from "@/components/report/report-table";
import { formatEra, formatPartialDate } from "@/lib/format/dates";
import { pick } from "@/lib/format/text";
import { latestPublished, previousPublished, publicEditions } from "@/lib/report/editions";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { publicLinks } from "@/lib/report/paths";

type Props = { params: Promise<LocaleParams> };

// Rendered once, then served from cache until an edition is published or withdrawn.
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  pageLocale(await params);
  return { title: (await getTranslations("archive"))("title") };
}

/** Every edition ever published, withdrawn ones included, each at its permanent address. */
export default async function ArchivePage({ params }: Props) {
  const locale = pageLocale(await params);
  const links = publicLinks(locale);
  const [editions, t, tNav, format] = await Promise.all([
    publicEditions(),
    getTranslations("archive"),
    getTranslations("nav"),
    getFormatter(),
  ]);
  const latest = latestPublished(editions);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: tNav("overview"), href: links.latest.home }, { label: t("title") }]} />
      <header className="space-y-2">
        <h1 className="text-std-32B-150">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      {editions.length === 0 ? (
        <p>{t("noEditionBody")}</p>
      ) : (
        <ReportTable
          caption={t("caption")}
          columns={[t("asOf"), t("editionTitle"), t("status"), t("publishedAt"), t("changes"), t("sha256")]}
          testId="archive"
        >
          {editions.map((e) => {
            const asOf = { date: e.asOfDate, precision: "month" as const };
            const previous = previousPublished(editions, e.period);
            // Published, but a newer edition has replaced it.
            const status = e.status === "published" && latest && latest.period > e.period ? "superseded" : e.status;
            return (
              <tr key={e.id} className="border-b border-solid-gray-420 align-top" data-testid={`archive-${e.period}`}>
                <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                  <Link href={links.edition(e.period)}>{formatPartialDate(asOf, locale)}</Link>
                  {locale === "ja" && (
                    <span className="block text-std-16N-170 text-solid-gray-700">{formatEra(asOf)}</span>
                  )}
                </th>
                <td className="py-2 pr-4">{pick({ ja: e.titleJa, en: e.titleEn }, locale)}</td>
                <td className="py-2 pr-4">
                  <EditionStatus status={status} />
                  {e.status === "withdrawn" && (
                    <p className="text-std-16N-170">
                      {pick({ ja: e.withdrawnReasonJa ?? "", en: e.withdrawnReasonEn }, locale)}
                    </p>
                  )}
                </td>
                <td className="py-2 pr-4">
                  {e.publishedAt &&
                    (e.source === "loaded"
                      ? // A report published elsewhere: its own date, and when it was loaded here, not a publication date it never had.
                        t("loadedOn", {
                          asOf: formatPartialDate(asOf, locale),
                          loadedOn: format.dateTime(e.publishedAt, { dateStyle: "long", timeZone: "Asia/Tokyo" }),
                        })
                      : format.dateTime(e.publishedAt, { dateStyle: "medium", timeZone: "Asia/Tokyo" }))}
                </td>
                <td className="py-2 pr-4">
                  {previous ? (
                    <Link href={links.changes(e.period)}>{t("changesSince", { period: previous.period })}</Link>
                  ) : (
                    t("firstEdition")
                  )}
                </td>
                <td className="py-2 font-mono text-dns-16N-130 break-all">{e.sha256}</td>
              </tr>
            );
          })}
        </ReportTable>
      )}
    </div>
  );
}
