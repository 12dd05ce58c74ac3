import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/format/dates";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import type { ReportArea, ReportModel } from "@/lib/report/model";
import { IndicatorList } from "./indicator-list";
import { Localized } from "./localized";

/** An area's overview bullets, sub-bullets indented, as the report lists them. */
export function AreaBullets({ area, locale, testId }: { area: ReportArea; locale: Locale; testId?: string }) {
  return (
    <ul className="list-disc space-y-1 pl-6" data-testid={testId}>
      {area.overview.map((b, i) => (
        <li key={i} className={b.sub ? "ml-6 list-[circle]" : undefined}>
          <Localized text={b.text} locale={locale} />
        </li>
      ))}
    </ul>
  );
}

/** The plan-wide note and figures (projects created, visitors…). */
export async function PlanFigures({ report }: { report: ReportModel }) {
  const [t, locale] = await Promise.all([getTranslations("report"), getAppLocale()]);
  return (
    <section aria-labelledby="plan-figures" className="space-y-3">
      <h2 id="plan-figures" className="text-std-24B-150">
        {t("planFigures")}
      </h2>
      <p className="text-std-18B-160" data-testid="plan-note">
        ※<Localized text={report.plan.note} locale={locale} />
      </p>
      <IndicatorList indicators={report.plan.indicators} title={pick(report.plan.title, locale)} />
    </section>
  );
}
