import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { IndicatorList } from "@/components/report/indicator-list";
import { ReportDate } from "@/components/report/report-date";
import { StatusSummary } from "@/components/report/status-summary";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import { getLiveReport } from "@/lib/report/live";
import { areaHref } from "@/lib/report/paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("overview") };
}

export default async function OverviewPage() {
  await connection();
  const [report, t, locale] = await Promise.all([getLiveReport(), getTranslations("report"), getAppLocale()]);
  const plan = pick(report.plan.title, locale);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-std-32B-150 text-solid-gray-900">{t("overviewTitle", { plan })}</h1>
        <ReportDate asOf={report.plan.asOf} />
      </header>
      <section aria-labelledby="areas" className="space-y-6">
        <h2 id="areas" className="text-std-24B-150">{t("progressTitle", { plan })}</h2>
        <ol className="grid gap-6 md:grid-cols-2">
          {report.areas.map((area) => (
            <li key={area.number} className="border border-solid-gray-420 rounded-12 p-5 space-y-3" data-testid={`area-card-${area.number}`}>
              <h3 className="text-std-20B-150">
                <Link href={areaHref(area.number)}>
                  {area.number} {pick(area.title, locale)}
                </Link>
              </h3>
              <ul className="list-disc pl-6 space-y-1">
                {area.overview.map((b, i) => (
                  <li key={i} className={b.sub ? "ml-6 list-[circle]" : undefined}>{pick(b.text, locale)}</li>
                ))}
              </ul>
              <StatusSummary projects={area.projects} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="plan-figures" className="space-y-3">
        <h2 id="plan-figures" className="text-std-24B-150">{t("planFigures")}</h2>
        <p className="text-std-18B-160" data-testid="plan-note">※{pick(report.plan.note, locale)}</p>
        <IndicatorList indicators={report.plan.indicators} title={plan} />
      </section>
    </div>
  );
}
