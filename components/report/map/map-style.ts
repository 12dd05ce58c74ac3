// The map's fills and lines, shared by the SVG and its legend so the two cannot drift apart.
// Under forced colours every area becomes Canvas and every line CanvasText: the legend's
// words and the summary still say what is whose.
export type AreaKind = "japan" | "undetermined" | "foreign";

export const AREA_CLASS: Record<AreaKind | "sea", string> = {
  sea: "fill-light-blue-100 forced-colors:fill-[Canvas]",
  japan: "fill-green-100 forced-colors:fill-[Canvas]",
  // No national colour: neither Japan's nor any other country's.
  undetermined: "fill-white forced-colors:fill-[Canvas]",
  foreign: "fill-solid-gray-100 forced-colors:fill-[Canvas]",
};

export const BOUNDARY_CLASS = "stroke-solid-gray-800 forced-colors:stroke-[CanvasText]";
export const BOUNDARY_DASH = "3 2";
