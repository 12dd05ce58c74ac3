import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import type { EditionView } from "@/lib/report/editions";
import { EditionBanner } from "../edition-banner";
import { PlacesMap } from "../map/places-map";
import { ReportDate } from "../report-date";

/** Where the items of an edition take place: the map, and the same places as a table. */
export async function MapView({ view }: { view: EditionView }) {
  const { report, paths } = view;
  const [t, tNav] = await Promise.all([getTranslations("map"), getTranslations("nav")]);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: tNav("overview"), href: paths.home }, { label: t("pageTitle") }]} />
      <header className="space-y-2">
        <h1 className="text-std-32B-150">{t("pageTitle")}</h1>
        <ReportDate asOf={report.plan.asOf} />
        <EditionBanner view={view} place={{ page: "map" }} />
      </header>
      <PlacesMap report={report} paths={paths} />
    </div>
  );
}
