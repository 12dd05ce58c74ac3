import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { groupPlaces } from "@/lib/map/places";
import { regionsWithPlaces, type MapRegion } from "@/lib/map/regions";
import type { EditionView } from "@/lib/report/editions";
import { EditionBanner } from "../edition-banner";
import { PlacesMap } from "../map/places-map";
import { ReportDate } from "../report-date";

/**
 * Where the items of an edition take place: the map, and the same places as a table. With a
 * region, that region drawn closer, with its places only.
 */
export async function MapView({ view, region }: { view: EditionView; region?: MapRegion }) {
  const { report, paths } = view;
  const [t, tNav] = await Promise.all([getTranslations("map"), getTranslations("nav")]);
  const regions = regionsWithPlaces(groupPlaces(report));
  const regionName = region && t(`regions.${region}`);
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { label: tNav("overview"), href: paths.home },
          ...(regionName
            ? [{ label: t("pageTitle"), href: paths.map }, { label: regionName }]
            : [{ label: t("pageTitle") }]),
        ]}
      />
      <header className="space-y-2">
        <h1 className="text-std-32B-150">
          {regionName ? t("regionPageTitle", { region: regionName }) : t("pageTitle")}
        </h1>
        <ReportDate asOf={report.plan.asOf} />
        <EditionBanner view={view} place={region ? { page: "mapRegion", region } : { page: "map" }} />
      </header>
      {regions.length > 0 && (
        // The closer views come before the map: on a phone the whole map is small, and these
        // are what a reader there wants first.
        <nav aria-labelledby="map-regions-title" className="no-print" data-testid="map-regions">
          <h2 id="map-regions-title" className="text-std-17B-170">
            {t("regionNav")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-std-16N-170">
            {[undefined, ...regions].map((r) => {
              const current = r === region;
              const label = r ? t(`regions.${r}`) : t("wholeMap");
              return (
                <li key={r ?? "whole"}>
                  {current ? (
                    <span aria-current="page" className="font-bold">
                      {label}
                    </span>
                  ) : (
                    <Link href={r ? paths.mapRegion(r) : paths.map}>{label}</Link>
                  )}
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      <PlacesMap report={report} paths={paths} region={region} />
    </div>
  );
}
