// The legend in HTML under the map: readable at any zoom, each shape beside its word.
import { markerPath } from "@/lib/map/shapes";
import type { PlaceKind } from "@/lib/map/places";
import { AREA_CLASS, BOUNDARY_CLASS, BOUNDARY_DASH, type AreaKind } from "./map-style";

export function KindShape({ kind }: { kind: PlaceKind }) {
  return (
    <svg viewBox="-10 -10 20 20" width="20" height="20" aria-hidden="true" className="shrink-0">
      <path d={markerPath(kind, 6)} className="fill-blue-900 forced-colors:fill-[CanvasText]" />
    </svg>
  );
}

/** A swatch of an area's fill, outlined as the coast is, or a stretch of boundary line. */
function AreaSwatch({ area }: { area: AreaKind | "boundary" }) {
  return (
    <svg viewBox="0 0 24 16" width="24" height="16" aria-hidden="true" className="shrink-0">
      {area === "boundary" ? (
        <path d="M1,8H23" fill="none" strokeWidth={1.5} strokeDasharray={BOUNDARY_DASH} className={BOUNDARY_CLASS} />
      ) : (
        <rect
          x="0.5"
          y="0.5"
          width="23"
          height="15"
          strokeWidth={1}
          className={`${AREA_CLASS[area]} stroke-solid-gray-536 forced-colors:stroke-[CanvasText]`}
        />
      )}
    </svg>
  );
}

export function MapLegend({
  title,
  kinds,
  sizeNote,
  areas,
}: {
  title: string;
  kinds: { kind: PlaceKind; label: string }[];
  sizeNote: string;
  areas: { area: AreaKind | "boundary"; label: string }[];
}) {
  return (
    <div className="text-dns-16N-130" data-testid="places-map-legend">
      <p className="text-dns-16B-130">{title}</p>
      <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        {kinds.map(({ kind, label }) => (
          <li key={kind} className="inline-flex items-center gap-2">
            <KindShape kind={kind} />
            {label}
          </li>
        ))}
      </ul>
      <p className="mt-1">{sizeNote}</p>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1" data-testid="places-map-areas">
        {areas.map(({ area, label }) => (
          <li key={area} className="inline-flex items-center gap-2">
            <AreaSwatch area={area} />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}
