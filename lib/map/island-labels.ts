// Names of the islands of the Northern Territories, placed before any place's label so they
// are always on the map when the islands are in the frame. When the map is large enough each
// name sits beside its island; at the scale of all of Russia the four islands are a few
// pixels apart, so the names are set as a column nearby (in the sea where there is room),
// north to south, each with a leader line to its island.
import { boxOf, overlaps, textWidth, type Box, type PlacedLabel } from "./labels";

export type IslandAnchor = { key: string; text: string; x: number; y: number };
type Frame = { width: number; height: number };

const f = (n: number) => Math.round(n * 10) / 10;
const GAP = 3;

/** Whether a segment passes through a box (sampled: leaders are short, boxes a few pixels high). */
function segmentHits([x1, y1, x2, y2]: Segment, b: Box): boolean {
  for (let t = 0; t <= 1; t += 0.05) {
    const x = x1 + t * (x2 - x1),
      y = y1 + t * (y2 - y1);
    if (x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1) return true;
  }
  return false;
}

type Segment = [number, number, number, number];

function segmentsCross([ax, ay, bx, by]: Segment, [cx, cy, dx, dy]: Segment): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return (
    side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) < 0 &&
    side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) < 0
  );
}

/** Every order of a few items (four islands: 24), the first one as given. */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Each name right or left of its island, without leaders; null when any of them collides. */
function beside(
  anchors: IslandAnchor[],
  fontSize: number,
  fits: (b: Box, placed: Box[]) => boolean,
): PlacedLabel[] | null {
  const placed: PlacedLabel[] = [];
  for (const a of anchors) {
    const options: PlacedLabel[] = [
      { key: a.key, text: a.text, fontSize, x: f(a.x + GAP), y: f(a.y + 0.3 * fontSize), anchor: "start" },
      { key: a.key, text: a.text, fontSize, x: f(a.x - GAP), y: f(a.y + 0.3 * fontSize), anchor: "end" },
    ];
    const label = options.find((l) => fits(boxOf(l), placed.map(boxOf)));
    if (!label) return null;
    placed.push(label);
  }
  return placed;
}

/** The names as one left-aligned column at (left, top), in the anchors' order, with leaders. */
function column(anchors: IslandAnchor[], fontSize: number, left: number, top: number): PlacedLabel[] {
  const lineHeight = 1.3 * fontSize;
  return anchors.map((a, i) => {
    const y = top + i * lineHeight + 0.85 * fontSize;
    const label: PlacedLabel = { key: a.key, text: a.text, fontSize, x: f(left), y: f(y), anchor: "start" };
    const right = left + textWidth(a.text, fontSize);
    const mid = y - 0.3 * fontSize;
    // To the near end of the name, or to its top or bottom edge when the island is above or below it.
    const [tx, ty] =
      a.x < left
        ? [left - 2, mid]
        : a.x > right
          ? [right + 2, mid]
          : [a.x, a.y < mid ? y - 0.85 * fontSize - 1 : y + 0.25 * fontSize + 1];
    if (Math.hypot(tx - a.x, ty - a.y) > GAP) label.leader = [f(a.x), f(a.y), f(tx), f(ty)];
    return label;
  });
}

/**
 * Places the islands' names clear of the markers (`obstacles`) and inside the frame. Returns
 * no labels only if no column position fits either; the summary under the map names the
 * islands in any case.
 */
export function placeIslandLabels(
  anchors: IslandAnchor[],
  fontSize: number,
  frame: Frame,
  obstacles: Box[],
): PlacedLabel[] {
  if (anchors.length === 0) return [];
  const inFrame = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= frame.width && b.y1 <= frame.height;
  // Names cover neither a marker nor an island itself.
  const islands = anchors.map((a) => ({ x0: a.x - 2, y0: a.y - 2, x1: a.x + 2, y1: a.y + 2 }));
  const clear = (b: Box) => !obstacles.some((o) => overlaps(o, b));
  const clearOfIslands = (b: Box) => clear(b) && !islands.some((o) => overlaps(o, b));
  const near = beside(anchors, fontSize, (b, placed) => inFrame(b) && clear(b) && !placed.some((p) => overlaps(p, b)));
  if (near) return near;

  const orders = permutations([...anchors].sort((a, b) => a.y - b.y));
  const width = Math.max(...anchors.map((a) => textWidth(a.text, fontSize)));
  const height = anchors.length * 1.3 * fontSize;
  const xs = anchors.map((a) => a.x),
    ys = anchors.map((a) => a.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const cy = (y0 + y1) / 2 - height / 2;
  // Beside the cluster first, then flush with the frame's right edge, then below and above it.
  const lefts = [x1 + 8, x1 + 16, x0 - 8 - width, x0 - 24 - width, frame.width - 4 - width];
  const tops = [
    cy,
    ...[1, 2, 3, 4, 5, 6].flatMap((k) => [cy + k * fontSize, cy - k * fontSize]),
    y1 + 8,
    y0 - 8 - height,
  ];
  let best: { labels: PlacedLabel[]; cost: number } | null = null;
  for (const left of lefts) {
    for (const top of tops)
      for (const ordered of orders) {
        const labels = column(ordered, fontSize, left, top);
        const boxes = labels.map(boxOf);
        if (!boxes.every((b) => inFrame(b) && clearOfIslands(b))) continue;
        // No leader may run through another name or a marker.
        const crossing = labels.some(
          (l, i) =>
            l.leader && [...obstacles, ...boxes.filter((_, j) => j !== i)].some((b) => segmentHits(l.leader!, b)),
        );
        const leaders = labels.flatMap((l) => (l.leader ? [l.leader] : []));
        if (crossing || leaders.some((a, i) => leaders.slice(i + 1).some((b) => segmentsCross(a, b)))) continue;
        const cost = labels.reduce(
          (sum, l) => sum + (l.leader ? Math.hypot(l.leader[2] - l.leader[0], l.leader[3] - l.leader[1]) : 0),
          0,
        );
        if (!best || cost < best.cost) best = { labels, cost };
      }
  }
  return best?.labels ?? [];
}
