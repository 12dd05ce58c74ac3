// The map frame: an equal-area azimuthal projection centred on the places and fitted to
// them, so the same component frames Japan alone or Moscow to Kamchatka without settings.
import { geoAzimuthalEqualArea, geoBounds, geoCircle, geoPath, type GeoProjection } from "d3-geo";
import type { LonLat } from "./places";

export type MapFrame = { width: number; height: number; projection: GeoProjection };

export type FrameOptions = {
  width?: number;
  /** Pixels kept free around the outermost places, for markers and their labels. */
  padding?: number;
  /** Degrees around the centre always shown, so one place (or a tight cluster) still has context. */
  minSpan?: number;
  /** Pixels kept free at the right edge beyond the padding (room for the islands' names). */
  extraRight?: number;
  /**
   * Points also kept inside the frame, though the frame is not centred for them: the land
   * around each place (surroundings), so a place at the edge is not drawn on a cut coast.
   */
  context?: LonLat[];
};

const KM_PER_DEGREE = 111.2;

/** Eight points at a distance around a place: what of its surroundings the frame must show. */
export function surroundings(point: LonLat, km: number): LonLat[] {
  const ring = geoCircle()
    .center(point)
    .radius(km / KM_PER_DEGREE)
    .precision(45)().coordinates[0]!;
  return ring.slice(0, -1).map(([lon, lat]) => [lon!, lat!]);
}

// With no located places at all, show Japan and the Russian Far East, the plan's core.
const FALLBACK: LonLat[] = [
  [129.5, 31],
  [145.5, 45.5],
  [131.9, 43.1],
  [158.6, 53],
];

/** Centre of the points' bounding box (on the sphere, so a span across 180° stays whole). */
function centreOf(points: LonLat[]): LonLat {
  const [[w, s], [e, n]] = geoBounds({ type: "MultiPoint", coordinates: points });
  const east = e < w ? e + 360 : e;
  const lon = (w + east) / 2;
  return [lon > 180 ? lon - 360 : lon, (s + n) / 2];
}

export function frameFor(located: LonLat[], options: FrameOptions = {}): MapFrame {
  const { width = 800, padding = 36, minSpan = 4, extraRight = 0, context = [] } = options;
  const points = located.length > 0 ? located : FALLBACK;
  const [lon, lat] = centreOf(points);
  const span: LonLat[] = [
    [lon - minSpan, lat - minSpan],
    [lon + minSpan, lat + minSpan],
    [lon - minSpan, lat + minSpan],
    [lon + minSpan, lat - minSpan],
  ];
  const target = { type: "MultiPoint" as const, coordinates: [...points, ...span, ...context] };
  const projection = geoAzimuthalEqualArea().rotate([-lon, -lat]);

  // The height follows the places' shape, within limits that keep the map readable in a page.
  const [[x0, y0], [x1, y1]] = geoPath(projection.scale(1).translate([0, 0])).bounds(target);
  const aspect = Math.min(0.9, Math.max(0.5, (y1 - y0) / Math.max(x1 - x0, 1e-9)));
  const height = Math.round(width * aspect);

  projection.fitExtent(
    [
      [padding, padding],
      [width - padding - extraRight, height - padding],
    ],
    target,
  );
  // Clipping to the frame keeps only the visible coastline in the markup.
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { width, height, projection };
}

/** Where a place lands in the frame, rounded as the paths are (digits(1)). */
export function project(frame: MapFrame, point: LonLat): [number, number] | null {
  const xy = frame.projection(point);
  if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return null;
  return [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
}
