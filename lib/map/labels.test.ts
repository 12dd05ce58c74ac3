import { describe, expect, it } from "vitest";
import { placeLabels, textWidth, type PlacedLabel } from "./labels";

function box(l: PlacedLabel) {
  const w = textWidth(l.text, l.fontSize);
  const x0 = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2;
  return { x0, x1: x0 + w, y0: l.y - 0.85 * l.fontSize, y1: l.y + 0.25 * l.fontSize };
}

describe("placing labels", () => {
  it("measures Japanese wider than Latin text of the same length", () => {
    expect(textWidth("ウラジオ", 10)).toBe(40);
    expect(textWidth("Vlad", 10)).toBeCloseTo(24);
  });

  it("places labels without overlaps and inside the frame, busiest first, falling back to numbers", () => {
    const frame = { width: 300, height: 200 };
    // A crowded grid: not every name fits, so some places get their number instead.
    const requests = Array.from({ length: 12 }, (_, i) => ({
      key: `p${i}`,
      x: 140 + (i % 4) * 24,
      y: 90 + Math.floor(i / 4) * 24,
      r: 5,
      texts: [
        { text: `Place name ${i}`, fontSize: 14 },
        { text: String(i + 1), fontSize: 12 },
      ],
    }));
    const labels = placeLabels(requests, frame);
    expect(labels[0]).toMatchObject({ key: "p0", text: "Place name 0" });
    expect(labels.some((l) => l.text === String(Number(l.key.slice(1)) + 1))).toBe(true);
    expect(labels.filter((l) => l.text.startsWith("Place")).length).toBeLessThan(requests.length);
    const boxes = labels.map(box);
    boxes.forEach((a, i) => {
      expect(a.x0 >= 0 && a.y0 >= 0 && a.x1 <= frame.width && a.y1 <= frame.height).toBe(true);
      boxes.slice(i + 1).forEach((b) => expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false));
      for (const m of requests) {
        if (m.key === labels[i]!.key) continue;
        expect(a.x0 < m.x + m.r && m.x - m.r < a.x1 && a.y0 < m.y + m.r && m.y - m.r < a.y1).toBe(false);
      }
    });
  });

  it("moves a label to the left at the right edge of the frame", () => {
    const [label] = placeLabels([{ key: "edge", x: 290, y: 50, r: 5, texts: [{ text: "Edge", fontSize: 14 }] }], {
      width: 300,
      height: 100,
    });
    expect(label).toMatchObject({ anchor: "end" });
    expect(label!.x).toBeLessThan(290);
  });

  it("slides a label away with a leader line when its neighbours fill the near positions", () => {
    const ring = [
      [-14, 0],
      [14, 0],
      [0, -14],
      [0, 14],
      [-14, -14],
      [14, -14],
      [-14, 14],
      [14, 14],
    ].map(([dx, dy], i) => ({
      key: `n${i}`,
      x: 150 + dx!,
      y: 100 + dy!,
      r: 5,
      texts: [],
    }));
    const [label] = placeLabels(
      [{ key: "c", x: 150, y: 100, r: 5, texts: [{ text: "Centre", fontSize: 14 }] }, ...ring],
      { width: 300, height: 200 },
    );
    expect(label).toMatchObject({ key: "c", text: "Centre" });
    expect(label!.leader).toHaveLength(4);
  });
});
