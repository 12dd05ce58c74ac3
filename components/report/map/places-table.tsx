// Every place of the report, located or not, with its items: the map's text equivalent and
// the target of each marker's link.
import Link from "next/link";
import { circled } from "@/lib/domain/circled";
import type { Locale } from "@/lib/format/dates";
import type { MapPlace, PlaceKind } from "@/lib/map/places";
import type { ReportPaths } from "@/lib/report/paths";
import { ReportTable } from "../report-table";
import { KindShape } from "./map-legend";
import { Localized } from "../localized";

export type PlacesTableText = {
  caption: string;
  columns: string[];
  kinds: Record<PlaceKind, string>;
  noCoordinates: string;
  count: (n: number) => string;
  code: (area: number, number: number) => string;
};

export function PlacesTable({
  places,
  paths,
  locale,
  text,
}: {
  places: MapPlace[];
  paths: ReportPaths;
  locale: Locale;
  text: PlacesTableText;
}) {
  return (
    <ReportTable caption={text.caption} columns={text.columns} testId="places-table">
      {places.map((place) => (
        <tr
          key={place.key}
          id={`place-${place.key}`}
          className="scroll-mt-4 border-b border-solid-gray-420 align-top target:bg-yellow-50"
          data-testid={`place-row-${place.key}`}
        >
          <td className="py-2 pr-4 whitespace-nowrap">{place.number ?? text.noCoordinates}</td>
          <th scope="row" className="py-2 pr-4 text-left">
            <Localized text={place.name} locale={locale} />
          </th>
          <td className="py-2 pr-4">
            <span className="inline-flex items-center gap-2 whitespace-nowrap">
              <KindShape kind={place.kind} />
              {text.kinds[place.kind]}
            </span>
          </td>
          <td className="py-2 pr-4 whitespace-nowrap">{text.count(place.projects.length)}</td>
          <td className="py-2">
            <ul className="space-y-1">
              {place.projects.map((p) => (
                <li key={p.id}>
                  <Link href={paths.project(p)}>
                    <span aria-hidden="true">
                      {p.areaNumber}-{circled(p.number)}{" "}
                    </span>
                    <span className="sr-only">{text.code(p.areaNumber, p.number)} </span>
                    <Localized text={p.title} locale={locale} />
                  </Link>
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </ReportTable>
  );
}
