import { getTranslations } from "next-intl/server";
import type { PartialDate } from "@/lib/domain/partial-date";
import { formatEra, formatPartialDate } from "@/lib/format/dates";
import { getAppLocale } from "@/lib/format/locale";

/** 「2021年10月現在（令和3年10月）」: the as-of date of the report, with its era form in Japanese. */
export async function ReportDate({ asOf }: { asOf: PartialDate }) {
  const t = await getTranslations("report");
  const locale = await getAppLocale();
  return (
    <p className="text-std-18B-160 text-solid-gray-900" data-testid="report-date">
      {t("asOf", { date: formatPartialDate(asOf, locale) })}
      {locale === "ja" && (
        <span className="ml-1 text-std-16N-170 text-solid-gray-700">{t("era", { era: formatEra(asOf) })}</span>
      )}
    </p>
  );
}
