// Marker shapes per kind of place: the kind is told by shape (and the legend's words),
// never by colour alone. Each shape has about the area of a circle of radius r, so size
// keeps meaning "number of items" whatever the kind.
import type { PlaceKind } from "./places";

export const PLACE_KINDS: readonly PlaceKind[] = ["city", "port", "region", "facility", "country"];

const f = (n: number) => Math.round(n * 10) / 10;

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join("L")}Z`;
}

function regular(sides: number, radius: number, rotation: number): string {
  return polygon(
    Array.from({ length: sides }, (_, i) => {
      const a = rotation + (2 * Math.PI * i) / sides;
      return [radius * Math.cos(a), radius * Math.sin(a)];
    }),
  );
}

/** An SVG path centred on (0, 0). */
export function markerPath(kind: PlaceKind, r: number): string {
  switch (kind) {
    case "city":
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case "port": {
      const h = (Math.sqrt(Math.PI) * r) / 2;
      return polygon([
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ]);
    }
    case "region":
      return regular(4, 1.25 * r, -Math.PI / 2);
    case "facility":
      return regular(3, 1.55 * r, -Math.PI / 2);
    case "country":
      return regular(6, 1.1 * r, 0);
  }
}

/** Marker radius: area grows with the number of items, so a busy place does not swamp the map. */
export function markerRadius(count: number): number {
  return f(3.5 + 2 * Math.sqrt(Math.max(count, 1)));
}
