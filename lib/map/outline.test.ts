import { describe, expect, it } from "vitest";
import { compactPath } from "./outline";

// Absolute points back from a compact path, for comparing with d3's absolute one.
function absolute(d: string): number[][] {
  const points: number[][] = [];
  let x = 0,
    y = 0;
  for (const [, command, args] of d.matchAll(/([MlzLZ])([^MlzLZ]*)/g)) {
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i < numbers.length; i += 2) {
      [x, y] =
        command === "M" || command === "L" ? [numbers[i]!, numbers[i + 1]!] : [x + numbers[i]!, y + numbers[i + 1]!];
      points.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    }
  }
  return points;
}

describe("writing the outline's paths compactly", () => {
  it("writes relative moves without leading zeros and keeps every point exactly", () => {
    const d = "M10.5,20L10.9,19.4L12,19.4L11.95,21Z";
    expect(compactPath("M10.5,20L10.9,19.4L12,19.4L10,21Z")).toBe("M10.5,20l.4-.6 1.1,0-2,1.6z");
    expect(absolute(compactPath(d))).toEqual(absolute(d));
    // Many small steps do not drift.
    const long = `M0,0${Array.from({ length: 500 }, (_, i) => `L${((i + 1) * 0.3).toFixed(1)},${((i % 7) * 0.1).toFixed(1)}`).join("")}`;
    expect(absolute(compactPath(long))).toEqual(absolute(long));
  });

  it("drops pieces that shrank to a point and keeps the others", () => {
    expect(compactPath("M1,1L1,1M2,2L3,2Z")).toBe("M2,2l1,0z");
    expect(compactPath("")).toBe("");
  });
});
