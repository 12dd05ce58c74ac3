// The places of an edition on a map of Japan and Russia, with the table that says the same
// in text. Server-rendered SVG: no tiles, nothing fetched, no client JavaScript.
import { getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/format/locale";
import { parenthesize, pick } from "@/lib/format/text";
import { numberList } from "@/lib/map/groups";
import { layoutPlacesMap } from "@/lib/map/layout";
import type { MapRegion } from "@/lib/map/regions";
import { PLACE_KINDS } from "@/lib/map/shapes";
import type { PlaceKind } from "@/lib/map/places";
import type { ReportModel } from "@/lib/report/model";
import type { ReportPaths } from "@/lib/report/paths";
import { MapLegend } from "./map-legend";
import { PlacesMapSvg } from "./map-svg";
import { PlacesTable } from "./places-table";

const SUMMARY_ID = "places-map-summary";

export async function PlacesMap({
  report,
  paths,
  region,
}: {
  report: ReportModel;
  paths: ReportPaths;
  region?: MapRegion;
}) {
  const [t, locale] = await Promise.all([getTranslations("map"), getAppLocale()]);
  const layout = layoutPlacesMap(report, {
    region,
    nameOf: (p) => `${pick(p.name, locale)}${parenthesize(String(p.projects.length), locale)}`,
    groupNameOf: (main, places) => t("groupName", { place: pick(main.name, locale), others: places - 1 }),
    islandName: (island) => t(`islands.${island}`),
  });
  const kinds = Object.fromEntries(PLACE_KINDS.map((k) => [k, t(`kind.${k}`)])) as Record<PlaceKind, string>;
  const present = PLACE_KINDS.filter((k) => layout.markers.some((m) => m.kind === k));
  const byKey = new Map(layout.places.map((p) => [p.key, p]));
  const markerTitles = Object.fromEntries(
    layout.markers.map((m) => [
      m.key,
      t("markerTitle", { number: m.number, place: pick(byKey.get(m.key)!.name, locale), count: m.count }),
    ]),
  );
  // A group's pointer shortcut goes to its busiest place's row; its hover text names them all.
  for (const g of layout.groups)
    markerTitles[g.key] = t("groupTitle", { numbers: numberList(g.numbers), count: g.members.length });
  const caption = t("caption");
  const unlocated = layout.places.length - layout.markers.length;
  const located = layout.markers.length > 0;
  const gap = locale === "ja" ? "" : " ";
  return (
    <div className="space-y-4" data-testid="places-map">
      {located && (
        <PlacesMapSvg layout={layout} title={t("title")} describedBy={SUMMARY_ID} markerTitles={markerTitles} />
      )}
      <p id={SUMMARY_ID} data-testid="places-map-summary">
        {!located
          ? t("empty")
          : region
            ? t("regionSummary", { located: layout.markers.length, caption, region: t(`regions.${region}`) })
            : t("summary", { located: layout.markers.length, caption })}
        {located && layout.islands.length > 0 && `${gap}${t("territory")}`}
        {unlocated > 0 && `${gap}${t("unlocated", { count: unlocated })}`}
      </p>
      {located && (
        <>
          <MapLegend
            title={t("legend")}
            kinds={present.map((kind) => ({ kind, label: kinds[kind] }))}
            sizeNote={layout.groups.length ? `${t("sizeNote")}${gap}${t("groupNote")}` : t("sizeNote")}
            areas={(["japan", "undetermined", "foreign", "boundary"] as const).map((area) => ({
              area,
              label: t(`areas.${area}`),
            }))}
          />
          <div className="space-y-1 text-dns-16N-130 text-solid-gray-700" data-testid="places-map-source">
            <p>{t("source")}</p>
            <p>{t("data")}</p>
          </div>
        </>
      )}
      {layout.places.length > 0 && (
        <PlacesTable
          places={layout.places}
          paths={paths}
          locale={locale}
          text={{
            caption,
            columns: [t("colNumber"), t("colPlace"), t("colKind"), t("colCount"), t("colItems")],
            kinds,
            noCoordinates: t("noCoordinates"),
            count: (count) => t("count", { count }),
            code: (area, number) => t("code", { area, number }),
          }}
        />
      )}
    </div>
  );
}
