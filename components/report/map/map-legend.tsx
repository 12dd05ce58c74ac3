// The legend in HTML under the map: readable at any zoom, each shape beside its word.
import { markerPath } from "@/lib/map/shapes";
import type { PlaceKind } from "@/lib/map/places";

export function KindShape({ kind }: { kind: PlaceKind }) {
  return (
    <svg viewBox="-10 -10 20 20" width="20" height="20" aria-hidden="true" focusable="false" className="shrink-0">
      <path d={markerPath(kind, 6)} className="fill-blue-900 forced-colors:fill-[CanvasText]" />
    </svg>
  );
}

export function MapLegend({ title, kinds, sizeNote }: {
  title: string;
  kinds: { kind: PlaceKind; label: string }[];
  sizeNote: string;
}) {
  return (
    <div className="text-dns-16N-130" data-testid="places-map-legend">
      <p className="text-dns-16B-130">{title}</p>
      <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        {kinds.map(({ kind, label }) => (
          <li key={kind} className="inline-flex items-center gap-2"><KindShape kind={kind} />{label}</li>
        ))}
      </ul>
      <p className="mt-1">{sizeNote}</p>
    </div>
  );
}
