// Element ids for aria-describedby links between a chart and its table. They are derived
// from the data rather than from React's useId, so the chart and a table in another
// component (MilestoneTable) compute the same id without passing props between them.

/** FNV-1a, in base 36: short, stable, and good enough to keep ids on one page apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function chartId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${hash(parts.join("\u0000"))}`;
}

/** The id of a project's milestone table; milestone ids are unique, so the first names the table. */
export const milestoneTableId = (milestones: { id: string }[]) => chartId("milestones", milestones.map((m) => m.id).join(","));
