import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatPartialDate } from "@/lib/format/dates";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import { getEditionReport, type EditionView } from "@/lib/report/editions";
import { placePath, type ReportPlace } from "@/lib/report/paths";
import { hasPlace } from "@/lib/report/select";
import { PrintPageStyle } from "./print-page-style";
import { StatusIcon } from "./status-icon";

/**
 * Which edition the reader is looking at: its title and permanent address, a withdrawal
 * notice with its public reason, a pointer to the latest edition when this is an older one,
 * and the way to its changes and to the archive.
 */
export async function EditionBanner({ view, place = { page: "home" } }: { view: EditionView; place?: ReportPlace }) {
  const [t, tReport, locale] = await Promise.all([
    getTranslations("archive"),
    getTranslations("report"),
    getAppLocale(),
  ]);
  const { edition, latest, previous, kind, report, links } = view;
  const title = pick({ ja: edition.titleJa, en: edition.titleEn }, locale);
  // Most titles just say the as-of date, which the page already states above.
  const sameAsDate = title === tReport("asOf", { date: formatPartialDate(report.plan.asOf, locale) });
  const reason = pick({ ja: edition.withdrawnReasonJa ?? "", en: edition.withdrawnReasonEn }, locale);
  // An edition a newer one replaced: its pages say so as plainly as the preview's do, and
  // lead to the same page in the latest edition when that edition still has it.
  const superseded = kind === "permanent" && latest && latest.period > edition.period ? latest : null;
  const sameInLatest = superseded && hasPlace(await getEditionReport(superseded.id), place);
  return (
    <div className="space-y-2" data-testid="edition-banner">
      <PrintPageStyle asOf={report.plan.asOf} title={pick(report.plan.title, locale)} />
      {kind === "preview" && (
        <p
          role="note"
          className="flex items-start gap-2 border-l-4 border-yellow-700 bg-yellow-50 px-4 py-2 text-std-16B-170"
          data-testid="preview-notice"
        >
          <StatusIcon shape="circle" />
          {t(edition.status === "draft" ? "previewDraft" : "preview", { period: edition.period })}
        </p>
      )}
      {edition.status === "withdrawn" && (
        <div role="note" className="border-l-4 border-red-1000 bg-red-50 px-4 py-2" data-testid="withdrawn-notice">
          <p className="flex items-center gap-2 text-std-16B-170">
            <StatusIcon shape="warning" />
            {t("withdrawn")}
          </p>
          {reason && <p>{t("withdrawnReason", { reason })}</p>}
        </div>
      )}
      {superseded && (
        <div
          role="note"
          className="border-l-4 border-yellow-700 bg-yellow-50 px-4 py-2"
          data-testid="superseded-notice"
        >
          <p className="flex items-start gap-2 text-std-16B-170">
            <StatusIcon shape="warning" />
            {t("superseded", { period: edition.period, latest: superseded.period })}
          </p>
          <p>
            {sameInLatest ? (
              <Link href={placePath(links.latest, place)}>{t("samePageInLatest", { period: superseded.period })}</Link>
            ) : (
              <Link href={links.latest.home}>{t("latestLink", { period: superseded.period })}</Link>
            )}
          </p>
        </div>
      )}
      <p className="no-print flex flex-wrap gap-x-4 gap-y-1 text-std-16N-170 text-solid-gray-700">
        {!sameAsDate && <span>{t("edition", { title })}</span>}
        {kind !== "preview" && <Link href={links.edition(edition.period)}>{t("permanentLink")}</Link>}
        {previous && place.page !== "changes" && (
          <Link href={view.changes}>{t("changesLink", { period: previous.period })}</Link>
        )}
        {kind === "preview" && <Link href={`/staff/editions/compare?to=${edition.id}`}>{t("compareLink")}</Link>}
        {kind === "preview" ? (
          <Link href="/staff/editions">{t("backToEditions")}</Link>
        ) : (
          <Link href={links.archive}>{t("archiveLink")}</Link>
        )}
      </p>
    </div>
  );
}
