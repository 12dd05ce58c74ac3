// SVG text does not wrap, so long labels are shortened to fit; the full text stays in the
// table (and in a <title> for pointer users).

/** Width in ems, roughly: full-width (CJK) characters are 1em, others about 0.6em. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 1 : 0.6;
  return w;
}

/** The text, or as much of it as fits in `maxEm` ems followed by "…". */
export function fitText(text: string, maxEm: number): string {
  if (textWidthEm(text) <= maxEm) return text;
  let out = "";
  let w = 0;
  for (const ch of text) {
    const cw = textWidthEm(ch);
    if (w + cw > maxEm - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** Where a label centred on `x` starts once moved inside [0, total]: edge ticks keep their labels whole. */
export function labelStart(x: number, labelWidth: number, total: number): number {
  return Math.max(0, Math.min(x - labelWidth / 2, total - labelWidth));
}
