// Greedy label placement: places in priority order, each tried right, left, above and
// below its marker, then slid further away (with a leader line back to the marker) when a
// neighbour is in the way. A label that would overlap a marker, another label or the frame
// edge is tried in its shorter form (the place's number) and otherwise left out. Every
// place is still in the table, so a missing label loses nothing.
export type LabelRequest = {
  key: string;
  x: number;
  y: number;
  r: number;
  /** Preferred texts, longest first (e.g. name with count, then the number alone). */
  texts: { text: string; fontSize: number }[];
};

export type PlacedLabel = {
  key: string;
  text: string;
  fontSize: number;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  /** From the marker's edge towards the label, when the label had to move away from it. */
  leader?: [x1: number, y1: number, x2: number, y2: number];
};

export type Box = { x0: number; y0: number; x1: number; y1: number };

/** Width estimate without a font: CJK and full-width characters take one em, the rest about 0.6. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return em * fontSize;
}

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function boxOf(l: PlacedLabel): Box {
  const w = textWidth(l.text, l.fontSize);
  const x0 = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2;
  return { x0, x1: x0 + w, y0: l.y - 0.85 * l.fontSize, y1: l.y + 0.25 * l.fontSize };
}

const f = (n: number) => Math.round(n * 10) / 10;

function candidates(req: LabelRequest, text: string, fontSize: number): PlacedLabel[] {
  const { key, x, y, r } = req;
  const gap = 3;
  const step = 1.2 * fontSize;
  const at = (dx: number, dy: number, anchor: PlacedLabel["anchor"], shift: number): PlacedLabel => {
    const lx = f(x + dx),
      ly = f(y + dy);
    const label: PlacedLabel = { key, text, fontSize, x: lx, y: ly, anchor };
    if (shift > 0) {
      // Aim at the middle of the label's near edge; start just outside the marker.
      const tx = lx;
      const ty = anchor !== "middle" ? ly - 0.3 * fontSize : dy < 0 ? ly + 0.25 * fontSize : ly - 0.85 * fontSize;
      const d = Math.hypot(tx - x, ty - y);
      label.leader = [f(x + ((tx - x) * r) / d), f(y + ((ty - y) * r) / d), f(tx), f(ty)];
    }
    return label;
  };
  const side = y + 0.3 * fontSize;
  const list: PlacedLabel[] = [
    at(r + gap, side - y, "start", 0),
    at(-r - gap, side - y, "end", 0),
    at(0, -r - gap - 0.25 * fontSize, "middle", 0),
    at(0, r + gap + 0.85 * fontSize, "middle", 0),
  ];
  for (let k = 1; k <= 3; k++) {
    const s = k * step;
    list.push(
      at(r + gap, side - y - s, "start", s),
      at(r + gap, side - y + s, "start", s),
      at(-r - gap, side - y - s, "end", s),
      at(-r - gap, side - y + s, "end", s),
      at(0, -r - gap - 0.25 * fontSize - s, "middle", s),
      at(0, r + gap + 0.85 * fontSize + s, "middle", s),
    );
  }
  return list;
}

/** `taken`: areas already labelled (e.g. the islands' names), which no label may cover. */
export function placeLabels(
  requests: LabelRequest[],
  frame: { width: number; height: number },
  taken: Box[] = [],
): PlacedLabel[] {
  const markers = requests.map((m) => ({
    key: m.key,
    box: { x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r },
  }));
  taken = [...taken];
  const placed: PlacedLabel[] = [];
  for (const req of requests) {
    const fits = (l: PlacedLabel) => {
      const b = boxOf(l);
      if (b.x0 < 0 || b.y0 < 0 || b.x1 > frame.width || b.y1 > frame.height) return false;
      return !markers.some((m) => m.key !== req.key && overlaps(m.box, b)) && !taken.some((t) => overlaps(t, b));
    };
    const label = req.texts.flatMap((t) => candidates(req, t.text, t.fontSize)).find(fits);
    if (label) {
      placed.push(label);
      taken.push(boxOf(label));
    }
  }
  return placed;
}
