// Element ids for aria-describedby links between a chart and its table. They are derived
// from the data rather than from React's useId, so that the same data gives the same id
// wherever it is rendered.

/** FNV-1a, in base 36: short, stable, and good enough to keep ids on one page apart (or versions of a file). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function chartId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${shortHash(parts.join("\u0000"))}`;
}
