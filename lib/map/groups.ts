// Markers that fall on each other (Moscow and the places around it, at the scale of a map
// from Moscow to Kamchatka) are drawn as one: a ring holding their number, at the busiest
// one's point. The table under the map lists each of them; the map says where they are.

/** What grouping needs of a marker: where it is, how large, and how busy. */
export type Placed = { key: string; number: number; count: number; x: number; y: number; r: number };

export type MarkerGroup = {
  key: string;
  /** The places' keys, the busiest first (its point is the group's). */
  members: string[];
  /** The places' numbers, in order: the rows of the table the group stands for. */
  numbers: number[];
  x: number;
  y: number;
  r: number;
};

/** Room between two markers drawn apart, in pixels. */
const GAP = 2;
/** The ring holds a two-digit number at 12 px. */
const MIN_GROUP_RADIUS = 10;

export const groupKey = (mainKey: string) => `group:${mainKey}`;

/** The busiest first, then by number: the first is the one whose point a group takes. */
const busiestFirst = (members: Placed[]) => [...members].sort((a, b) => b.count - a.count || a.number - b.number);

/** Where a cluster is drawn: a lone marker as itself, a group as a ring at its busiest member. */
function circleOf(members: Placed[]) {
  const main = busiestFirst(members)[0]!;
  return members.length === 1
    ? { x: main.x, y: main.y, r: main.r }
    : { x: main.x, y: main.y, r: Math.max(MIN_GROUP_RADIUS, main.r + 2) };
}

/**
 * The groups of two or more markers that would touch as drawn. A group's ring is larger than
 * its markers, so merging goes on until nothing drawn touches anything else.
 */
export function groupMarkers(markers: Placed[]): MarkerGroup[] {
  const clusters = markers.map((m) => [m]);
  const touching = () => {
    const circles = clusters.map(circleOf);
    for (let i = 0; i < circles.length; i++)
      for (let j = i + 1; j < circles.length; j++) {
        const [a, b] = [circles[i]!, circles[j]!];
        if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + GAP) return [i, j] as const;
      }
    return null;
  };
  for (let pair = touching(); pair; pair = touching()) {
    const [i, j] = pair;
    clusters[i] = [...clusters[i]!, ...clusters[j]!];
    clusters.splice(j, 1);
  }
  return clusters
    .filter((members) => members.length > 1)
    .map((members) => {
      const ordered = busiestFirst(members);
      const { x, y, r } = circleOf(members);
      return {
        key: groupKey(ordered[0]!.key),
        members: ordered.map((m) => m.key),
        numbers: ordered.map((m) => m.number).sort((a, b) => a - b),
        x,
        y,
        r,
      };
    });
}

/** Numbers as a reader scans them: 1, 22–25. */
export function numberList(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(", "));
    i = j + 1;
  }
  return runs.join(", ");
}
