// SVG text does not wrap: charts place their labels from an estimate of their width.

/** Width in ems, roughly: full-width (CJK) characters are 1em, others about 0.6em. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 1
      : 0.6;
  return w;
}

/** Where a label centred on `x` starts once moved inside [0, total]: edge ticks keep their labels whole. */
export function labelStart(x: number, labelWidth: number, total: number): number {
  return Math.max(0, Math.min(x - labelWidth / 2, total - labelWidth));
}
